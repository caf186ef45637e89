#include "queuecounter.h"

#include "core/tr.h"
#include "remote/host.h"

#include <QDateTime>
#include <QStringList>

namespace Mailwarden::Queue {

std::optional<QueueCounts> parseQueueCounts(QByteArrayView output)
{
    QueueCounts counts;
    int seen = 0;
    for (const QByteArray &line : output.toByteArray().split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            continue;
        bool ok = false;
        const qint64 value = line.mid(space + 1).toLongLong(&ok);
        if (!ok || value < 0)
            return std::nullopt;
        const QByteArray key = line.left(space);
        if (key == "total") {
            counts.total = value;
            seen |= 1;
        } else if (key == "deferred") {
            counts.deferred = value;
            seen |= 2;
        } else if (key == "held") {
            counts.held = value;
            seen |= 4;
        }
    }
    if (seen != 7)
        return std::nullopt;
    return counts;
}

std::expected<QueueCounts, QString> countQueue(Host &host, MtaKind mta)
{
    if (mta == MtaKind::Unknown)
        return std::unexpected(Tr::tr("The host's mail server is not known, so its queue cannot be read."));
    if (host.fileHelper().isEmpty())
        return std::unexpected(Tr::tr("This host has no root-file helper (mw-file), which counts the queue: "
                                      "prepare the host first."));
    Command command;
    command.argv = {host.fileHelper().toUtf8(), "queue-count", mtaKindName(mta).toLatin1()};
    command.sudo = true;
    command.timeout = std::chrono::seconds(60);
    const auto ran = host.run(command).result();
    if (!ran)
        return std::unexpected(ran.error().toString());
    if (!ran->succeeded())
        return std::unexpected(QString::fromUtf8(ran->err).trimmed());
    auto counts = parseQueueCounts(ran->out);
    if (!counts)
        return std::unexpected(Tr::tr("mw-file queue-count said something else than the counts: %1")
                .arg(QString::fromUtf8(ran->out.left(200))));
    counts->at = QDateTime::currentSecsSinceEpoch();
    return *counts;
}

QStringList queueAlarms(const QueueThresholds &limits, const QueueCounts &now, const std::optional<QueueCounts> &before,
    qint64 oldestArrival)
{
    QStringList alarms;
    if (limits.deferred > 0 && now.deferred > limits.deferred)
        alarms << Tr::tr("%n messages deferred", nullptr, int(std::min<qint64>(now.deferred, INT_MAX)))
                + Tr::tr(" (limit %1)").arg(limits.deferred);
    if (limits.growthPerMinute > 0 && before && now.at > before->at) {
        // Per minute over the time between the counts, so a late count does not look like a surge.
        const double perMinute = double(now.total - before->total) * 60.0 / double(now.at - before->at);
        if (perMinute > double(limits.growthPerMinute))
            alarms << Tr::tr("the queue grows by %1 messages a minute (limit %2)")
                          .arg(qRound64(perMinute))
                          .arg(limits.growthPerMinute);
    }
    if (limits.oldestMinutes > 0 && oldestArrival > 0 && now.at - oldestArrival > limits.oldestMinutes * 60)
        alarms << Tr::tr("the oldest message waits for %1 minutes (limit %2)")
                      .arg((now.at - oldestArrival) / 60)
                      .arg(limits.oldestMinutes);
    return alarms;
}

} // namespace Mailwarden::Queue
