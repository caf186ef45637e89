#pragma once

#include "stats/statsfigures.h"

#include <QColor>
#include <QString>

#include <array>
#include <map>

class QChart;

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

/// Messages per hour of the day (0..23), one line per kind.
QChart *hourlyTrafficChart(const std::array<Stats::Traffic, 24> &perHour);

/// Messages per day (keys YYYYMMDD) as grouped bars, one set per kind.
QChart *dailyTrafficChart(const std::map<std::int32_t, Stats::Traffic> &perDay);

} // namespace Mailwarden
