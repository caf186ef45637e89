#pragma once

#include "pages/hostpage.h"
#include "stats/statsfigures.h"
#include "trafficcharts.h"
#include "trafficwindow.h"

#include <QPointer>
#include <QWidget>

#include <map>

class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace Mailwarden {

namespace Stats {
class HostLogFollower;
}

/// Live traffic of every connected host side by side, so that an admin sees
/// which server carries the load: one line per host of the chosen kind
/// (received, delivered, …) per minute over the last hour, and a table of
/// each host's last-hour counts. Each host's main mail log is followed with
/// `tail -F` over its own SSH connection, only while the view is active;
/// qmail's log is root's and is not followed. Redraws once a second.
class HostsTrafficView final : public QWidget
{
    Q_OBJECT
public:
    explicit HostsTrafficView(QWidget *parent = nullptr);
    ~HostsTrafficView() override;

    /// The hosts to show (Ready ones, as ActiveHostTracker::readyHosts()
    /// gives them). Hosts no longer listed are dropped, new ones followed
    /// when active.
    void setHosts(const QList<ActiveHost> &hosts);
    /// Follows the hosts while true (the Statistics tab shows the view).
    void setActive(bool active);
    bool isActive() const { return m_active; }

    /// For tests: the hosts shown, their last-hour counts and state lines.
    QStringList hostNames() const;
    Stats::Traffic lastHour(const QString &host) const;
    QString stateText(const QString &host) const;
    QChartView *chartView() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    /// Chooses the kind drawn (index into trafficKinds()).
    void setKind(int kind);

Q_SIGNALS:
    /// A tick counted new traffic on some host.
    void trafficCounted();

private:
    struct Followed {
        ActiveHost host;
        QString path; ///< the main log, once listed
        QString state;
        QPointer<Stats::HostLogFollower> follower;
        TrafficWindow window;
        QLineSeries *series = nullptr;
        bool listing = false;
    };

    void start(Followed &followed);
    void resurveyed(Followed &followed, const ActiveHost &now);
    void stopAll();
    void tick();
    void redraw();
    void updateTable();

    std::map<QString, Followed> m_hosts; ///< by profile name
    bool m_active = false;
    int m_kind = 0;
    QTimer *m_timer;
    QComboBox *m_kindBox;
    QChartView *m_view;
    LiveAxes m_axes;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
};

} // namespace Mailwarden
