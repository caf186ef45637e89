#include "livetrafficview.h"

#include "trafficcharts.h"

#include "stats/hostlogs.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Mailwarden {

using Stats::Traffic;

namespace {

constexpr qint64 kWindowMinutes = 60;

Traffic operator-(Traffic a, const Traffic &b)
{
    a.received -= b.received;
    a.delivered -= b.delivered;
    a.deferred -= b.deferred;
    a.bounced -= b.bounced;
    a.rejected -= b.rejected;
    return a;
}

} // namespace

LiveTrafficView::LiveTrafficView(QWidget *parent) : QWidget(parent), m_timer(new QTimer(this))
{
    QChart *chart = newTrafficChart(tr("Messages per minute, last hour"));
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(7);
    m_countAxis = new QValueAxis;
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTitleText(tr("Messages per minute"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    for (const TrafficKind &kind : trafficKinds()) {
        auto *series = new QLineSeries;
        series->setName(kind.name);
        series->setColor(kind.color);
        chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_countAxis);
        m_series << series;
    }
    m_view = new QChartView(chart);
    m_view->setObjectName(QStringLiteral("liveChart"));
    m_view->setRenderHint(QPainter::Antialiasing);

    auto *side = new QFormLayout;
    auto *heading = new QLabel(tr("Last hour"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    side->addRow(heading);
    for (const TrafficKind &kind : trafficKinds()) {
        auto *label = new QLabel(QStringLiteral("0"));
        label->setAlignment(Qt::AlignRight);
        side->addRow(kind.name, label);
        m_hourLabels << label;
    }
    m_state = new QLabel;
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    side->addRow(m_state);
    m_toggle = new QPushButton(tr("Stop"));
    m_toggle->setObjectName(QStringLiteral("liveToggle"));
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        if (m_follower)
            stop();
        else if (m_host)
            follow(m_host, m_hostName, m_path, m_mta, m_syslogName);
    });
    side->addRow(m_toggle);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(side);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &LiveTrafficView::tick);
    redraw();
}

LiveTrafficView::~LiveTrafficView() = default;

void LiveTrafficView::follow(
    Host *host, const QString &hostName, const QString &path, MtaKind mta, std::string postfixSyslogName)
{
    stop();
    m_host = host;
    m_hostName = hostName;
    m_path = path;
    m_mta = mta;
    m_syslogName = std::move(postfixSyslogName);
    if (!host || path.isEmpty()) {
        m_state->setText(tr("No log to follow."));
        m_toggle->setEnabled(false);
        return;
    }
    m_minutes.clear();
    m_last = {};
    m_follower = new Stats::HostLogFollower(*host, path, mta, m_syslogName, this);
    connect(m_follower, &Stats::HostLogFollower::failed, this, [this](const QString &why) {
        stop();
        m_state->setText(tr("Following stopped: %1").arg(why));
    });
    m_state->setText(tr("Following %1 on %2.").arg(path, hostName));
    m_toggle->setText(tr("Stop"));
    m_toggle->setEnabled(true);
    m_timer->start();
    redraw();
}

void LiveTrafficView::stop()
{
    m_timer->stop();
    if (m_follower) {
        delete m_follower; // stops tail on the host
        m_state->setText(tr("Stopped."));
    }
    m_toggle->setText(tr("Follow"));
    m_toggle->setEnabled(m_host != nullptr);
}

Traffic LiveTrafficView::lastHour() const
{
    Traffic sum;
    for (const auto &[minute, traffic] : m_minutes)
        sum += traffic;
    return sum;
}

void LiveTrafficView::tick()
{
    if (!m_follower)
        return;
    const Traffic now = m_follower->totals();
    const Traffic delta = now - m_last;
    m_last = now;
    const qint64 minute = QDateTime::currentSecsSinceEpoch() / 60;
    m_minutes[minute] += delta;
    while (!m_minutes.empty() && m_minutes.begin()->first <= minute - kWindowMinutes)
        m_minutes.erase(m_minutes.begin());
    redraw();
    if (delta.received || delta.delivered || delta.deferred || delta.bounced || delta.rejected)
        Q_EMIT trafficCounted();
}

void LiveTrafficView::redraw()
{
    ++m_redraws;
    const qint64 minute = QDateTime::currentSecsSinceEpoch() / 60;
    m_timeAxis->setRange(
        QDateTime::fromSecsSinceEpoch((minute - kWindowMinutes + 1) * 60), QDateTime::fromSecsSinceEpoch(minute * 60));
    std::int64_t max = 0;
    const auto &kinds = trafficKinds();
    for (int k = 0; k < int(kinds.size()); ++k) {
        QList<QPointF> points;
        points.reserve(kWindowMinutes);
        for (qint64 m = minute - kWindowMinutes + 1; m <= minute; ++m) {
            const auto it = m_minutes.find(m);
            const std::int64_t n = it == m_minutes.end() ? 0 : it->second.*kinds[std::size_t(k)].field;
            max = std::max(max, n);
            points.append(QPointF(double(m * 60000), double(n)));
        }
        m_series[k]->replace(points);
    }
    m_countAxis->setRange(0, std::max<double>(5, double(max) * 1.1));
    m_countAxis->applyNiceNumbers();
    const Traffic hour = lastHour();
    for (int k = 0; k < int(kinds.size()); ++k)
        m_hourLabels[k]->setText(QLocale().toString(qlonglong(hour.*kinds[std::size_t(k)].field)));
}

} // namespace Mailwarden
