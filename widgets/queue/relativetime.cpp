#include "relativetime.h"

#include <QCoreApplication>

namespace Mailwarden {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
};
} // namespace

QString durationText(qint64 seconds)
{
    seconds = qAbs(seconds);
    if (seconds < 60)
        return Words::tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return Words::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 ? Words::tr("%1 h %2 min").arg(hours).arg(minutes % 60) : Words::tr("%1 h").arg(hours);
    const qint64 days = hours / 24;
    return hours % 24 ? Words::tr("%1 d %2 h").arg(days).arg(hours % 24) : Words::tr("%1 d").arg(days);
}

QString relativeTime(qint64 seconds)
{
    if (qAbs(seconds) < 30)
        return Words::tr("now");
    return seconds > 0 ? Words::tr("in %1").arg(durationText(seconds)) : Words::tr("%1 ago").arg(durationText(seconds));
}

} // namespace Mailwarden
