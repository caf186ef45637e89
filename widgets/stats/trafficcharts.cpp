#include "trafficcharts.h"

#include "core/tr.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDate>
#include <QDateTimeAxis>
#include <QGuiApplication>
#include <QLineSeries>
#include <QPalette>
#include <QValueAxis>

namespace Mailwarden {

using Stats::Traffic;

const std::array<TrafficKind, 5> &trafficKinds()
{
    // Built on first use, after the translator is installed.
    static const std::array<TrafficKind, 5> kinds {{
        {&Traffic::received, Tr::tr("Received"), QColor(0x1f, 0x77, 0xb4)},
        {&Traffic::delivered, Tr::tr("Delivered"), QColor(0x2c, 0xa0, 0x2c)},
        {&Traffic::deferred, Tr::tr("Deferred"), QColor(0xff, 0x7f, 0x0e)},
        {&Traffic::bounced, Tr::tr("Bounced"), QColor(0x94, 0x67, 0xbd)},
        {&Traffic::rejected, Tr::tr("Rejected"), QColor(0xd6, 0x27, 0x28)},
    }};
    return kinds;
}

namespace {

QLineSeries *kindSeries(const TrafficKind &kind)
{
    auto *series = new QLineSeries;
    series->setName(kind.name);
    series->setColor(kind.color);
    return series;
}

QValueAxis *countAxis(std::int64_t max)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max<double>(1, double(max) * 1.05));
    axis->applyNiceNumbers();
    axis->setTitleText(Tr::tr("Messages"));
    return axis;
}

} // namespace

QChart *newTrafficChart(const QString &title)
{
    auto *chart = new QChart;
    // Follow the console's colour scheme; the theme goes first, it resets series colours.
    const QPalette palette = QGuiApplication::palette();
    chart->setTheme(
        palette.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QChart *hourlyTrafficChart(const std::array<Traffic, 24> &perHour)
{
    QChart *chart = newTrafficChart(Tr::tr("Messages per hour of the day"));
    auto *hours = new QValueAxis;
    hours->setRange(0, 23);
    hours->setTickType(QValueAxis::TicksDynamic);
    hours->setTickAnchor(0);
    hours->setTickInterval(3);
    hours->setLabelFormat(QStringLiteral("%02d"));
    hours->setTitleText(Tr::tr("Hour"));
    chart->addAxis(hours, Qt::AlignBottom);
    std::int64_t max = 0;
    for (const TrafficKind &kind : trafficKinds()) {
        QLineSeries *series = kindSeries(kind);
        for (int h = 0; h < 24; ++h) {
            series->append(h, double(perHour[std::size_t(h)].*kind.field));
            max = std::max(max, perHour[std::size_t(h)].*kind.field);
        }
        chart->addSeries(series);
        series->attachAxis(hours);
    }
    QValueAxis *counts = countAxis(max);
    chart->addAxis(counts, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series())
        series->attachAxis(counts);
    return chart;
}

QChart *dailyTrafficChart(const std::map<std::int32_t, Traffic> &perDay)
{
    // Grouped bars: a day is a category, so one day or a gap reads at once.
    QChart *chart = newTrafficChart(Tr::tr("Messages per day"));
    auto *days = new QBarCategoryAxis;
    for (const auto &[key, traffic] : perDay)
        days->append(QDate(key / 10000, key / 100 % 100, key % 100).toString(QStringLiteral("MM-dd")));
    auto *series = new QBarSeries;
    std::int64_t max = 0;
    for (const TrafficKind &kind : trafficKinds()) {
        auto *set = new QBarSet(kind.name);
        set->setColor(kind.color);
        set->setBorderColor(kind.color);
        for (const auto &[key, traffic] : perDay) {
            set->append(double(traffic.*kind.field));
            max = std::max(max, traffic.*kind.field);
        }
        series->append(set);
    }
    chart->addSeries(series);
    chart->addAxis(days, Qt::AlignBottom);
    series->attachAxis(days);
    QValueAxis *counts = countAxis(max);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    return chart;
}

LiveAxes LiveAxes::add(QChart *chart)
{
    LiveAxes axes {new QDateTimeAxis, new QValueAxis};
    axes.time->setFormat(QStringLiteral("HH:mm"));
    axes.time->setTickCount(7);
    axes.count->setLabelFormat(QStringLiteral("%d"));
    axes.count->setTitleText(Tr::tr("Messages per minute"));
    chart->addAxis(axes.time, Qt::AlignBottom);
    chart->addAxis(axes.count, Qt::AlignLeft);
    return axes;
}

void LiveAxes::attach(QChart *chart, QLineSeries *series) const
{
    chart->addSeries(series);
    series->attachAxis(time);
    series->attachAxis(count);
}

void LiveAxes::show(qint64 lastMinute, qint64 minutes, std::int64_t max) const
{
    time->setRange(
        QDateTime::fromSecsSinceEpoch((lastMinute - minutes + 1) * 60), QDateTime::fromSecsSinceEpoch(lastMinute * 60));
    count->setRange(0, std::max<double>(5, double(max) * 1.1));
    count->applyNiceNumbers();
}

} // namespace Mailwarden
