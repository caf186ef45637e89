#pragma once

#include "pages/hostpage.h"
#include "probes/checkresult.h"
#include "probes/proberunner.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTreeView;

namespace Mailwarden {

/// The Tests tab: the open-relay, STARTTLS/TLS and SMTP exposure tests
/// against the selected host, from a chosen vantage point (this machine, a
/// chosen source address of it, or inside the host through its SSH
/// connection). The relay test also runs from inside the host on its own
/// loopback, since relaying for localhost and relaying for the world are
/// different findings. Results as a tree grouped like the CLI's report, the
/// selected check's evidence, advice and SMTP transcript beside it; JSON and
/// HTML export; "Fix…" opens the tab where the finding is mended.
class TestsPage final : public QWidget, public HostPage
{
    Q_OBJECT
public:
    enum class Vantage { ThisMachine, SourceAddress, InsideHost };
    Q_ENUM(Vantage)

    explicit TestsPage(QWidget *parent = nullptr);
    ~TestsPage() override;

    void setActiveHost(const ActiveHost &host) override;

    /// The target's SMTP port (default 25) and the vantage point of the next run.
    void setPort(quint16 port);
    void setVantage(Vantage vantage, const QString &sourceAddress = {});
    void setKinds(const QList<Probes::ProbeKind> &kinds);

    void run();
    void cancel();
    bool isRunning() const { return m_runner != nullptr || m_opening; }

    /// One report per vantage point of the last run, in the tree's order.
    const QList<Probes::ProbeReport> &reports() const { return m_reports; }
    /// The label of each report's group ("From this machine to …").
    const QStringList &reportLabels() const { return m_labels; }
    QStandardItemModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString detailsText() const;
    QString statusText() const;
    QPushButton *fixButton() const { return m_fix; }

    bool writeJson(const QString &path, QString *error) const;
    bool writeHtml(const QString &path, QString *error) const;
    /// The HTML report printed to PDF (A4).
    bool writePdf(const QString &path, QString *error) const;

Q_SIGNALS:
    /// A run ended (all vantage points, or cancelled).
    void runFinished();
    /// "Fix…": open the work tab at \a page (MainWindow::Page's value) for \a checkId.
    void fixRequested(int page, const QString &checkId);

private:
    QString reportHtml() const;

    struct Pass {
        QString label;
        Probes::ProbeSettings settings;
        QList<Probes::ProbeKind> kinds;
        bool inside = false;
        quint16 insidePort = 0;
    };

    void startNext();
    void startRunner(const Pass &pass, std::shared_ptr<PortForward> forward);
    void passFinished();
    void finish(const QString &status);
    void showReports();
    void showDetails();
    void exportResults();
    void requestFix();
    const Probes::CheckResult *selectedCheck() const;
    QList<Probes::ProbeKind> chosenKinds() const;

    ActiveHost m_host;
    QList<Pass> m_passes;
    qsizetype m_nextPass = 0;
    QPointer<Probes::ProbeRunner> m_runner;
    bool m_opening = false;
    int m_generation = 0;
    int m_checksSoFar = 0;
    QList<Probes::ProbeReport> m_reports;
    QStringList m_labels;

    QStackedWidget *m_stack;
    QLabel *m_stateLabel;
    QLabel *m_target;
    QSpinBox *m_port;
    QCheckBox *m_implicitTls;
    QComboBox *m_vantage;
    QLineEdit *m_source;
    QCheckBox *m_relay;
    QCheckBox *m_tls;
    QCheckBox *m_smtp;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QPushButton *m_fix;
    QProgressBar *m_progress;
    QLabel *m_status;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QPlainTextEdit *m_details;
};

} // namespace Mailwarden
