#pragma once

#include "colorscheme.h"

#include <QMainWindow>

class QActionGroup;
class QDockWidget;
class QLabel;
class QTabWidget;

namespace Mailwarden {

class HostActions;
class HostListPanel;

/// The console: host list on the left (a dock), a tabbed work area (Tables,
/// Config, Privacy, Queue, Statistics, Tests), menus and a status bar. The
/// window's geometry, dock layout, current tab and colour scheme are restored
/// from QSettings and saved again on close.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// The work-area tabs in their order; also the index of each tab.
    enum class Page { Tables, Config, Privacy, Queue, Statistics, Tests };
    Q_ENUM(Page)

    /// \a componentLines is what Help ▸ About lists (the same lines as
    /// `mailwarden-cli --version`).
    explicit MainWindow(const QStringList &componentLines, QWidget *parent = nullptr);

    QTabWidget *workArea() const;
    HostListPanel *hostList() const;
    HostActions *hostActions() const { return m_hostActions; }
    void showPage(Page page);

    /// Applies \a scheme to the application and checks its menu entry.
    void setColorScheme(ColorScheme scheme);

    void saveWindowState() const;
    void restoreWindowState();

public Q_SLOTS:
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createWorkArea();
    void createMenus();

    QStringList m_componentLines;
    QTabWidget *m_workArea;
    HostListPanel *m_hostList;
    QDockWidget *m_hostDock;
    QLabel *m_connectionLabel;
    HostActions *m_hostActions;
    QActionGroup *m_schemeGroup = nullptr;
    ColorScheme m_scheme = ColorScheme::System;
};

} // namespace Mailwarden
