#pragma once

#include "pages/backgroundloads.h"
#include "pages/hostpage.h"
#include "stats/hostlogs.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;

namespace Mailwarden {

class HostsTrafficView;
class LiveTrafficView;
class StatsDashboard;
struct StatsDigest;

/// The Statistics tab: the selected host's mail logs summarised like
/// pflogsumm for a chosen period (today, yesterday, the last days, the whole
/// current or rotated log, or files picked on the host) as a dashboard, read
/// over SSH with progress and cancel; and the live traffic of its log.
class StatsPage final : public QWidget, public HostPage
{
    Q_OBJECT
public:
    /// The periods of the period box, in its order.
    enum class Period { Today, Yesterday, Last7Days, Last30Days, CurrentLog, AllLogs, ChosenFiles };
    Q_ENUM(Period)

    explicit StatsPage(QWidget *parent = nullptr);
    ~StatsPage() override;

    void setActiveHost(const ActiveHost &host) override;

    /// Reads the logs for \a period (ChosenFiles: \a files, paths on the host).
    void run(Period period, const QStringList &files = {});
    void cancel();
    bool isRunning() const;

    StatsDashboard *dashboard() const { return m_dashboard; }
    LiveTrafficView *liveView() const { return m_live; }
    HostsTrafficView *hostsView() const { return m_hostsView; }
    /// Every connected, surveyed host, for the side-by-side live view.
    void setReadyHosts(const QList<ActiveHost> &hosts);
    QTabWidget *tabs() const { return m_tabs; }
    /// The host's mail logs as last listed, oldest first per log.
    const QList<Stats::HostLogFile> &logFiles() const { return m_logFiles; }
    /// The files and day range of the last run (for tests and the report).
    QStringList lastRunFiles() const { return m_runFiles; }
    QString statusText() const;

Q_SIGNALS:
    /// The host's logs were listed (or could not be).
    void logsListed();
    /// A run ended: shown, failed or cancelled.
    void runFinished();

private:
    void listLogs();
    void runQmail(Period period);
    /// The first and last day of a period of days; invalid dates for the others.
    static std::pair<QDate, QDate> periodDays(Period period);
    void showState(const QString &text);
    void startSelected();
    /// Runs the chosen period without asking (on a new host): "Chosen files…" becomes today.
    void startAutomatically();
    /// A new run (or host) from now on: results of earlier ones are dropped.
    void beginRun();
    void runFinishedInternally();
    void chooseFiles();
    void exportTable(const QString &id);
    void saveChart(int index);
    void exportReport();
    void updateLive();
    QString periodText(Period period) const;
    /// The main log's files (base, base.1, base.2.gz …), oldest first.
    QList<Stats::HostLogFile> mainLog() const;

    ActiveHost m_host;
    QList<Stats::HostLogFile> m_logFiles;
    QString m_mainBase;
    QStringList m_runFiles;
    QString m_runSubject;
    QFutureWatcher<std::expected<Stats::AnalysisResult, QString>> m_watcher;
    QFutureWatcher<StatsDigest> *m_digestWatcher;
    std::function<void()> m_canceller; ///< stops the run in progress at once
    int m_generation = 0; ///< bumped per host: results of an earlier host are dropped
    int m_runId = 0; ///< bumped per run and per host: only the newest run's results are shown
    int m_watchedRun = -1; ///< the run m_watcher and m_digestWatcher carry

    QComboBox *m_period;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_report;
    QProgressBar *m_progress;
    QLabel *m_status;
    QStackedWidget *m_stack;
    QLabel *m_stateLabel;
    QTabWidget *m_tabs;
    QScrollArea *m_scroll;
    StatsDashboard *m_dashboard;
    LiveTrafficView *m_live;
    HostsTrafficView *m_hostsView;
    BackgroundLoads m_loads; ///< last: destroyed first, waiting for reads still running
};

} // namespace Mailwarden
