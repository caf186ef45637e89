#pragma once

#include "stats/statsfigures.h"

#include <QList>
#include <QPointF>

#include <map>

namespace Mailwarden {

/// The last hour of a followed log's traffic, minute by minute. Fed once a
/// second with the follower's running totals; keeps only the difference.
class TrafficWindow
{
public:
    static constexpr qint64 Minutes = 60;

    /// Counts what \a totals added since the last call in the minute of
    /// \a nowSecs (seconds since the epoch) and forgets minutes older than
    /// the window. Returns what was added.
    Stats::Traffic add(const Stats::Traffic &totals, qint64 nowSecs);
    void clear();
    /// The traffic of \a minute (minutes since the epoch); zero when none.
    Stats::Traffic at(qint64 minute) const;
    Stats::Traffic lastHour() const;
    /// The window's minutes up to \a lastMinute as chart points (x: ms since
    /// the epoch) of one kind; raises \a max to the largest count.
    QList<QPointF> points(qint64 lastMinute, std::int64_t Stats::Traffic::*field, std::int64_t &max) const;

private:
    Stats::Traffic m_last;
    std::map<qint64, Stats::Traffic> m_minutes;
};

bool isEmpty(const Stats::Traffic &traffic);

} // namespace Mailwarden
