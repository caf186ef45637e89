#pragma once

#include "stats/statsfigures.h"

#include <QColor>
#include <QString>

#include <array>
#include <map>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Mailwarden {

/// The five kinds of traffic the charts draw, in pflogsumm's column order.
struct TrafficKind {
    std::int64_t Stats::Traffic::*field;
    QString name; ///< translated
    QColor color;
};
const std::array<TrafficKind, 5> &trafficKinds();

/// A new chart in the console's colour scheme, without animations.
QChart *newTrafficChart(const QString &title);

/// The axes of the live charts: the time (HH:mm) below, messages per minute
/// on the left.
struct LiveAxes {
    QDateTimeAxis *time = nullptr;
    QValueAxis *count = nullptr;

    /// New axes on \a chart.
    static LiveAxes add(QChart *chart);
    /// Adds \a series to the chart on these axes.
    void attach(QChart *chart, QLineSeries *series) const;
    /// Shows the window ending in \a lastMinute (minutes since the epoch),
    /// counts up to \a max (at least 5).
    void show(qint64 lastMinute, qint64 minutes, std::int64_t max) const;
};

/// Messages per hour of the day (0..23), one line per kind.
QChart *hourlyTrafficChart(const std::array<Stats::Traffic, 24> &perHour);

/// Messages per day (keys YYYYMMDD) as grouped bars, one set per kind.
QChart *dailyTrafficChart(const std::map<std::int32_t, Stats::Traffic> &perDay);

} // namespace Mailwarden
