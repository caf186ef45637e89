#pragma once

#include "mailevent.h"

#include <QDate>

#include <bitset>
#include <cstdint>

namespace Mailwarden::Stats {

/// The calendar days a statistics run counts (pflogsumm's `-d today|yesterday`,
/// widened to any range of days). Traditional syslog stamps carry no year:
/// they are matched by month and day, as pflogsumm does, which is exact for a
/// range shorter than a year. Events without a date only count when every day does.
class DayRange final
{
public:
    /// Every day.
    DayRange() = default;
    /// The days \a first..\a last (inclusive), as days since 1970-01-01.
    DayRange(std::int64_t first, std::int64_t last);

    /// The days \a first..\a last of the calendar (invalid first: from the
    /// beginning, invalid last: up to today; both invalid: every day).
    static DayRange between(QDate first, QDate last);

    bool isAll() const { return m_all; }
    std::int64_t first() const { return m_first; }
    std::int64_t last() const { return m_last; }

    bool contains(const LogTime &time) const
    {
        if (m_all)
            return true;
        if (time.year != 0)
            return containsDate(time.year, time.month, time.day);
        return time.month > 0 && m_monthDays.test(std::size_t(time.month * 32 + time.day));
    }

private:
    bool containsDate(int year, int month, int day) const;

    bool m_all = true;
    std::int64_t m_first = 0, m_last = 0;
    std::bitset<13 * 32> m_monthDays; ///< month * 32 + day, for year-less stamps
};

} // namespace Mailwarden::Stats
