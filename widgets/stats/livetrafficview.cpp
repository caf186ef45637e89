#include "livetrafficview.h"

#include "trafficcharts.h"
#include "trafficwindow.h"

#include "stats/hostlogs.h"

#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Mailwarden {

using Stats::Traffic;

namespace {

constexpr qint64 kWindowMinutes = TrafficWindow::Minutes;

} // namespace

LiveTrafficView::LiveTrafficView(QWidget *parent) : QWidget(parent), m_timer(new QTimer(this))
{
    QChart *chart = newTrafficChart(tr("Messages per minute, last hour"));
    m_axes = LiveAxes::add(chart);
    for (const TrafficKind &kind : trafficKinds()) {
        auto *series = new QLineSeries;
        series->setName(kind.name);
        series->setColor(kind.color);
        m_axes.attach(chart, series);
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
    m_window.clear();
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
    return m_window.lastHour();
}

void LiveTrafficView::tick()
{
    if (!m_follower)
        return;
    const Traffic delta = m_window.add(m_follower->totals(), QDateTime::currentSecsSinceEpoch());
    redraw();
    if (!isEmpty(delta))
        Q_EMIT trafficCounted();
}

void LiveTrafficView::redraw()
{
    ++m_redraws;
    const qint64 minute = QDateTime::currentSecsSinceEpoch() / 60;
    std::int64_t max = 0;
    const auto &kinds = trafficKinds();
    for (int k = 0; k < int(kinds.size()); ++k)
        m_series[k]->replace(m_window.points(minute, kinds[std::size_t(k)].field, max));
    m_axes.show(minute, kWindowMinutes, max);
    const Traffic hour = lastHour();
    for (int k = 0; k < int(kinds.size()); ++k)
        m_hourLabels[k]->setText(QLocale().toString(qlonglong(hour.*kinds[std::size_t(k)].field)));
}

} // namespace Mailwarden
