#include "dayrange.h"

#include "logtimestamp.h"

namespace Mailwarden::Stats {

DayRange::DayRange(std::int64_t first, std::int64_t last) : m_all(false), m_first(first), m_last(last)
{
    // A year or more: every month and day occurs, year-less stamps all count.
    const std::int64_t span = last - first + 1;
    for (std::int64_t d = first; d <= last && d < first + 366; ++d) {
        LogTime t;
        t.hasEpoch = true;
        t.epoch = d * 86400;
        LogTimestamp::civilFromEpoch(t);
        m_monthDays.set(std::size_t(t.month * 32 + t.day));
    }
    if (span >= 366)
        m_monthDays.set();
}

DayRange DayRange::between(QDate first, QDate last)
{
    if (!first.isValid() && !last.isValid())
        return {};
    // An open end is today: year-less stamps then match the days since \a first
    // (an open start cannot narrow them: every month and day occurs before).
    const QDate epoch(1970, 1, 1);
    return DayRange(
        first.isValid() ? epoch.daysTo(first) : -1000000, epoch.daysTo(last.isValid() ? last : QDate::currentDate()));
}

bool DayRange::containsDate(int year, int month, int day) const
{
    const std::int64_t d = LogTimestamp::daysFromCivil(year, month, day);
    return d >= m_first && d <= m_last;
}

} // namespace Mailwarden::Stats
