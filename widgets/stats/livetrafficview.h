#pragma once

#include "core/mtakind.h"
#include "stats/statsfigures.h"
#include "trafficcharts.h"
#include "trafficwindow.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <string>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QPushButton;
class QTimer;

namespace Mailwarden {

class Host;
namespace Stats {
class HostLogFollower;
}

/// Live mail traffic of one host, like mailgraph: follows its log (`tail -F`
/// over SSH, surviving rotation) and draws messages per minute by kind for
/// the last hour, scrolling; beside it the last hour's counts. Redraws once
/// a second whatever the traffic.
class LiveTrafficView final : public QWidget
{
    Q_OBJECT
public:
    explicit LiveTrafficView(QWidget *parent = nullptr);
    ~LiveTrafficView() override;

    /// Follows \a path on \a host (nullptr: stops). \a host must outlive the
    /// follow: call with nullptr before it goes.
    void follow(Host *host, const QString &hostName, const QString &path, MtaKind mta,
        std::string postfixSyslogName = "postfix");
    void stop();
    bool isFollowing() const { return m_follower != nullptr; }

    /// The last hour's counts so far, by kind (for tests and the labels).
    Stats::Traffic lastHour() const;
    QChartView *chartView() const { return m_view; }
    /// Redraws happened (for tests: at most one per tick).
    int redraws() const { return m_redraws; }

Q_SIGNALS:
    /// A tick counted new traffic.
    void trafficCounted();

private:
    void tick();
    void redraw();

    QString m_hostName;
    QPointer<Stats::HostLogFollower> m_follower;
    TrafficWindow m_window;
    QTimer *m_timer;
    QChartView *m_view;
    LiveAxes m_axes;
    QList<QLineSeries *> m_series;
    QList<QLabel *> m_hourLabels;
    QLabel *m_state;
    QPushButton *m_toggle;
    Host *m_host = nullptr;
    QString m_path;
    MtaKind m_mta = MtaKind::Postfix;
    std::string m_syslogName = "postfix";
    int m_redraws = 0;
};

} // namespace Mailwarden
