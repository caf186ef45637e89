#pragma once

#include "pages/backgroundloads.h"
#include "pages/hostpage.h"

#include "mta/history.h"

#include <QWidget>

class QAction;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace Mailwarden {

class DiffView;
class HistoryModel;
class PendingEdits;

/// The History tab: the selected host's change journal (who, when, what, the
/// outcome), each change's diff, validation output and report; the files
/// changed outside Mailwarden since the journal recorded them (drift), with
/// the difference; and Roll Back of a change through the same preview and
/// step list as Apply. The journal is checked as the CLI checks it: its hash
/// chain must hold and continue what this computer cached of it, else roll
/// back is refused. A host that is not connected shows its cached history.
class HistoryPage final : public QWidget, public HostPage
{
    Q_OBJECT
public:
    explicit HistoryPage(PendingEdits *edits, QWidget *parent = nullptr);
    ~HistoryPage() override;

    void setActiveHost(const ActiveHost &host) override;

    HistoryModel *model() const { return m_model; }
    QList<Drift> drift() const { return m_drift; }
    /// Whether the journal's chain holds and continues the cached copy.
    bool isTrusted() const { return m_trusted; }
    /// Whether the entries shown are this computer's cached copy (not connected).
    bool isShowingCache() const { return m_showingCache; }
    /// Selects (and shows) journal entry \a id; false when there is none.
    bool selectEntry(int id);
    /// Rolls back the selected change (preview and apply in an ApplyDialog).
    QAction *rollBackAction() const { return m_rollBack; }
    QString statusText() const;
    /// The text the detail view shows (the diff of the change or drift selected).
    QString detailText() const;

public Q_SLOTS:
    /// Reads the journal and looks for drift again.
    void refresh();

Q_SIGNALS:
    /// The journal was read (or could not be): for tests.
    void ready();
    /// A drift's difference was read (or could not be): for tests.
    void driftDiffShown();
    /// A roll back was applied: the host's configuration changed.
    void configurationChanged();

private:
    struct Loaded;
    void showState(const QString &text);
    void showLoaded(const Loaded &loaded);
    void showCache();
    void showSummary();
    void showEntry();
    void showDrift(int row);
    void trustJournal();
    void rollBack();
    int selectedId() const;
    void updateActions();

    PendingEdits *m_edits;
    ActiveHost m_host;
    QList<Drift> m_drift;
    bool m_trusted = false;
    bool m_showingCache = false;
    bool m_busy = false;
    QString m_trustProblem; ///< why the journal cannot be trusted ("" when it can)
    quint64 m_generation = 0;

    QStackedWidget *m_stack;
    QLabel *m_stateLabel;
    QLabel *m_summary;
    QPushButton *m_refresh;
    QPushButton *m_trust;
    QGroupBox *m_driftBox;
    QListWidget *m_driftList;
    HistoryModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTreeView *m_view;
    QLabel *m_detailTitle;
    QTabWidget *m_detailTabs;
    DiffView *m_diff;
    QPlainTextEdit *m_validation;
    QPlainTextEdit *m_report;
    QPushButton *m_rollBackButton;
    QAction *m_rollBack;
    QLabel *m_status;
    BackgroundLoads m_loads; ///< last: destroyed first, waiting for reads still running
};

} // namespace Mailwarden
