#include "trafficwindow.h"

namespace Mailwarden {

using Stats::Traffic;

Traffic TrafficWindow::add(const Traffic &totals, qint64 nowSecs)
{
    Traffic delta = totals;
    delta.received -= m_last.received;
    delta.delivered -= m_last.delivered;
    delta.deferred -= m_last.deferred;
    delta.bounced -= m_last.bounced;
    delta.rejected -= m_last.rejected;
    m_last = totals;
    const qint64 minute = nowSecs / 60;
    m_minutes[minute] += delta;
    while (!m_minutes.empty() && m_minutes.begin()->first <= minute - Minutes)
        m_minutes.erase(m_minutes.begin());
    return delta;
}

void TrafficWindow::clear()
{
    m_last = {};
    m_minutes.clear();
}

Traffic TrafficWindow::at(qint64 minute) const
{
    const auto it = m_minutes.find(minute);
    return it == m_minutes.end() ? Traffic {} : it->second;
}

Traffic TrafficWindow::lastHour() const
{
    Traffic sum;
    for (const auto &[minute, traffic] : m_minutes)
        sum += traffic;
    return sum;
}

QList<QPointF> TrafficWindow::points(qint64 lastMinute, std::int64_t Traffic::*field, std::int64_t &max) const
{
    QList<QPointF> points;
    points.reserve(Minutes);
    for (qint64 m = lastMinute - Minutes + 1; m <= lastMinute; ++m) {
        const std::int64_t n = at(m).*field;
        max = std::max(max, n);
        points.append(QPointF(double(m * 60000), double(n)));
    }
    return points;
}

bool isEmpty(const Traffic &t)
{
    return !t.received && !t.delivered && !t.deferred && !t.bounced && !t.rejected;
}

} // namespace Mailwarden
