#pragma once

#include "colorscheme.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QTabWidget;
class QUndoGroup;

class QSystemTrayIcon;

namespace Mailwarden {

class ActiveHostTracker;
class QueueWatch;
class HostActions;
class HostListPanel;
class PendingEdits;
struct ActiveHost;

/// The console: host list on the left (a dock), a tabbed work area (Tables,
/// Config, Privacy, Queue, Statistics, Tests), menus and a status bar. The
/// window's geometry, dock layout, current tab and colour scheme are restored
/// from QSettings and saved again on close.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// The work-area tabs in their order; also the index of each tab.
    enum class Page { Tables, Config, Privacy, Queue, Statistics, Tests, History };
    Q_ENUM(Page)

    /// \a componentLines is what Help ▸ About lists (the same lines as
    /// `mailwarden-cli --version`).
    explicit MainWindow(const QStringList &componentLines, QWidget *parent = nullptr);

    QTabWidget *workArea() const;
    HostListPanel *hostList() const;
    HostActions *hostActions() const { return m_hostActions; }
    PendingEdits *pendingEdits() const { return m_edits; }
    ActiveHostTracker *activeHost() const { return m_tracker; }
    QueueWatch *queueWatch() const { return m_queueWatch; }
    ~MainWindow() override;
    QAction *applyAction() const { return m_apply; }
    QAction *hardenAction() const { return m_harden; }
    void showPage(Page page);

    /// Applies \a scheme to the application and checks its menu entry.
    void setColorScheme(ColorScheme scheme);

    void saveWindowState() const;
    void restoreWindowState();

public Q_SLOTS:
    void showAbout();
    /// Edit ▸ Apply Changes…: every pending edit of the selected host, previewed
    /// and applied as one transaction (ApplyDialog).
    void applyChanges();
    void commitPageEdits();
    /// Edit ▸ Revert Changes: drops the selected host's pending edits.
    void revertChanges();
    /// Opens the hardening wizard for the selected, surveyed host.
    void harden();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createWorkArea();
    void createMenus();
    void onActiveHostChanged(const ActiveHost &host);
    void updateEditActions();
    void showQueueAlarms(const QString &host, const QStringList &alarms);

    QStringList m_componentLines;
    QTabWidget *m_workArea;
    HostListPanel *m_hostList;
    QDockWidget *m_hostDock;
    QLabel *m_connectionLabel;
    HostActions *m_hostActions;
    PendingEdits *m_edits;
    ActiveHostTracker *m_tracker;
    QUndoGroup *m_undoGroup;
    QLabel *m_pendingLabel;
    QueueWatch *m_queueWatch = nullptr;
    QSystemTrayIcon *m_tray = nullptr; ///< only while an alarm is to be told (and a tray exists)
    QAction *m_apply = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_harden = nullptr;
    QActionGroup *m_schemeGroup = nullptr;
    ColorScheme m_scheme = ColorScheme::System;
};

} // namespace Mailwarden
