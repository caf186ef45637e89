#include "mainwindow.h"

#include "aboutdialog.h"
#include "changes/applydialog.h"
#include "changes/pendingedits.h"
#include "config/configpage.h"
#include "hardening/hardeningwizard.h"
#include "history/historypage.h"
#include "hostactions.h"
#include "hostlistmodel.h"
#include "hostlistpanel.h"
#include "pages/activehosttracker.h"
#include "placeholderpage.h"
#include "privacy/privacypage.h"
#include "probes/testspage.h"
#include "queue/queuepage.h"
#include "queue/queuewatch.h"
#include "remote/hostconnections.h"
#include "stats/statspage.h"
#include "tables/tablespage.h"

#include "mta/mta.h"
#include "mta/mtasurvey.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace Mailwarden {

namespace {
const auto kGeometryKey = QStringLiteral("MainWindow/geometry");
const auto kStateKey = QStringLiteral("MainWindow/state");
const auto kPageKey = QStringLiteral("MainWindow/page");
const auto kSchemeKey = QStringLiteral("Appearance/colorScheme");
constexpr int kStateVersion = 1;
} // namespace

MainWindow::MainWindow(const QStringList &componentLines, QWidget *parent)
    : QMainWindow(parent)
    , m_componentLines(componentLines)
    , m_workArea(new QTabWidget(this))
    , m_hostList(new HostListPanel(this))
    , m_hostDock(new QDockWidget(tr("Hosts"), this))
    , m_connectionLabel(new QLabel(tr("No host selected"), this))
    , m_hostActions(new HostActions(m_hostList, this))
    , m_edits(new PendingEdits(this))
    , m_tracker(new ActiveHostTracker(m_hostActions, this))
    , m_undoGroup(new QUndoGroup(this))
    , m_pendingLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Mailwarden"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mailwarden.svg")));

    m_hostDock->setObjectName(QStringLiteral("hostDock"));
    m_hostDock->setWidget(m_hostList);
    m_hostDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_hostDock);

    m_queueWatch = new QueueWatch(*m_hostActions->connections(), this);
    createWorkArea();
    setCentralWidget(m_workArea);
    createMenus();

    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    connect(m_tracker, &ActiveHostTracker::activeHostChanged, this, &MainWindow::onActiveHostChanged);
    connect(m_queueWatch, &QueueWatch::alarmsChanged, this, &MainWindow::showQueueAlarms);
    connect(m_edits, &PendingEdits::fileChanged, this, &MainWindow::updateEditActions);
    updateEditActions();
    connect(m_hostActions, &HostActions::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_hostActions, &HostActions::currentHostChanged, m_connectionLabel, &QLabel::setText);
    statusBar()->showMessage(tr("Ready"), 3000);
    resize(1100, 700);
}

MainWindow::~MainWindow()
{
    // Its counts run against the connections' hosts: gone before they are.
    delete m_queueWatch;
}

// A host's queue passed a threshold (or is well again): the host list shows
// it, and a desktop notification tells it when the tray can.
void MainWindow::showQueueAlarms(const QString &host, const QStringList &alarms)
{
    m_hostActions->model()->setQueueAlarms(host, alarms);
    if (alarms.isEmpty()) {
        statusBar()->showMessage(tr("The queue of %1 is within its alarm limits again.").arg(host), 8000);
        return;
    }
    const QString text = tr("Queue alarm on %1: %2").arg(host, alarms.join(QStringLiteral("; ")));
    statusBar()->showMessage(text, 15000);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Mailwarden"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showPage(Page::Queue);
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    m_tray->showMessage(tr("Mailwarden: queue alarm"), text, QSystemTrayIcon::Warning, 15000);
}

QTabWidget *MainWindow::workArea() const
{
    return m_workArea;
}

HostListPanel *MainWindow::hostList() const
{
    return m_hostList;
}

void MainWindow::showPage(Page page)
{
    m_workArea->setCurrentIndex(static_cast<int>(page));
}

void MainWindow::createWorkArea()
{
    m_workArea->setObjectName(QStringLiteral("workArea"));
    m_workArea->setDocumentMode(true);
    const struct {
        QString title;
        QString heading;
        QString explanation;
    } pages[] = {
        {tr("&Tables"), tr("Tables"),
            tr("Access, aliases, relay and routing tables of the selected host appear here.")},
        {tr("&Config"), tr("Configuration"),
            tr("The main configuration (main.cf, sendmail.mc, qmail control files), raw and as forms.")},
        {tr("&Privacy"), tr("Privacy and hardening"),
            tr("VRFY/EXPN, banners, PrivacyOptions, limits, DNSBLs, TLS and SASL settings.")},
        {tr("&Queue"), tr("Mail queue"), tr("List, inspect, hold, requeue, delete and flush queued mail.")},
        {tr("&Statistics"), tr("Statistics"), tr("Mail traffic from the host's logs, live and over time.")},
        {tr("T&ests"), tr("Tests"), tr("Open-relay, STARTTLS/TLS and SMTP exposure tests.")},
        {tr("H&istory"), tr("History"), tr("Every change applied to the host, drift, and roll back.")},
    };
    // The pages that are built; the others say plainly that they are not yet.
    auto *config = new ConfigPage(m_edits, m_workArea);
    connect(config, &ConfigPage::uncommittedEditsChanged, this, &MainWindow::updateEditActions);
    connect(config, &ConfigPage::configurationChanged, m_tracker, &ActiveHostTracker::resurvey);
    auto *privacy = new PrivacyPage(m_edits, m_workArea);
    connect(privacy, &PrivacyPage::uncommittedEditsChanged, this, &MainWindow::updateEditActions);
    auto *history = new HistoryPage(m_edits, m_workArea);
    connect(history, &HistoryPage::configurationChanged, m_tracker, &ActiveHostTracker::resurvey);
    auto *tables = new TablesPage(m_edits, m_workArea);
    // A table named in the Config tab's form opens in the Tables tab.
    connect(config, &ConfigPage::openTableRequested, this, [this, tables](const QString &path) {
        showPage(Page::Tables);
        if (!tables->openTable(path))
            statusBar()->showMessage(tr("%1 is not a table Mailwarden edits.").arg(path), 8000);
    });
    auto *queue = new QueuePage(m_workArea);
    // The oldest message of each listing is what the "oldest age" alarm watches.
    connect(queue, &QueuePage::oldestArrivalKnown, m_queueWatch, &QueueWatch::setOldestArrival);
    connect(queue, &QueuePage::alarmLimitsChanged, m_queueWatch, &QueueWatch::check);
    auto *stats = new StatsPage(m_workArea);
    connect(m_tracker, &ActiveHostTracker::readyHostsChanged, stats,
        [this, stats] { stats->setReadyHosts(m_tracker->readyHosts()); });
    auto *tests = new TestsPage(m_workArea);
    // "Fix…" on a finding opens the tab where it is mended.
    connect(tests, &TestsPage::fixRequested, this, [this](int page, const QString &checkId) {
        showPage(static_cast<Page>(page));
        statusBar()->showMessage(tr("Mend %1 here, then run the tests again.").arg(checkId), 10000);
    });
    QWidget *built[] = {tables, config, privacy, queue, stats, tests, history};
    for (int i = 0; i < int(std::size(pages)); ++i) {
        const auto &page = pages[i];
        QWidget *widget = built[i];
        if (!widget)
            widget = new PlaceholderPage(page.heading,
                page.explanation + QLatin1Char('\n') + tr("Select a host in the list on the left to begin."),
                m_workArea);
        m_workArea->addTab(widget, page.title);
    }
}

void MainWindow::onActiveHostChanged(const ActiveHost &host)
{
    if (host.state == ActiveHost::State::Ready && host.survey && host.survey->mta)
        m_queueWatch->setMta(host.name, host.survey->mta->kind());
    for (int i = 0; i < m_workArea->count(); ++i) {
        if (auto *page = dynamic_cast<HostPage *>(m_workArea->widget(i)))
            page->setActiveHost(host);
    }
    m_undoGroup->setActiveStack(host.name.isEmpty() ? nullptr : m_edits->undoStack(host.name));
    updateEditActions();
}

void MainWindow::updateEditActions()
{
    const ActiveHost &host = m_tracker->current();
    const qsizetype files = host.name.isEmpty() ? 0 : m_edits->files(host.name).size();
    bool typing = false; // the raw editor's last keystrokes, recorded when Apply starts
    for (int i = 0; i < m_workArea->count(); ++i) {
        if (auto *page = dynamic_cast<HostPage *>(m_workArea->widget(i)))
            typing = typing || page->hasUncommittedEdits();
    }
    if (m_apply)
        m_apply->setEnabled((files > 0 || typing) && host.state == ActiveHost::State::Ready);
    if (m_revert)
        m_revert->setEnabled(files > 0);
    if (m_harden)
        m_harden->setEnabled(host.state == ActiveHost::State::Ready && host.survey && host.survey->mta);
    m_pendingLabel->setText(files > 0 ? tr("%n file(s) changed, not applied", nullptr, int(files)) : QString());
}

void MainWindow::commitPageEdits()
{
    for (int i = 0; i < m_workArea->count(); ++i) {
        if (auto *page = dynamic_cast<HostPage *>(m_workArea->widget(i)))
            page->commitEdits();
    }
}

void MainWindow::applyChanges()
{
    commitPageEdits();
    const ActiveHost host = m_tracker->current();
    if (host.state != ActiveHost::State::Ready || !host.survey || !host.survey->mta || !m_edits->hasEdits(host.name))
        return;
    ApplyDialog dialog(*host.host, *host.survey->mta, m_edits->changeSet(host.name, host.survey->mta->kind()), this);
    dialog.exec();
    if (dialog.outcome() == ChangeSetRunner::Outcome::Applied) {
        m_edits->clear(host.name);
        statusBar()->showMessage(tr("Changes applied to %1.").arg(host.name), 8000);
        // The configuration changed: the catalogue and options may have too.
        m_tracker->resurvey();
    }
}

void MainWindow::harden()
{
    const ActiveHost &host = m_tracker->current();
    if (host.state != ActiveHost::State::Ready || !host.survey || !host.survey->mta)
        return;
    auto *wizard = new HardeningWizard(host, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // What it applied or rolled back: the tabs read the configuration again.
    connect(wizard, &HardeningWizard::configurationChanged, m_tracker, &ActiveHostTracker::resurvey);
    wizard->open();
}

void MainWindow::revertChanges()
{
    const ActiveHost &host = m_tracker->current();
    if (host.name.isEmpty() || !m_edits->hasEdits(host.name))
        return;
    const auto answer = QMessageBox::question(this, tr("Revert Changes"),
        tr("Drop every change to %1 that was not applied? This cannot be undone.").arg(host.name));
    if (answer == QMessageBox::Yes)
        m_edits->clear(host.name);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // Typing since the raw editor's last pause becomes an edit before Undo can act on the stack.
    connect(editMenu, &QMenu::aboutToShow, this, &MainWindow::commitPageEdits);
    // Our own actions, not QUndoGroup's: what the raw editor holds since its last
    // pause (or a Privacy field) becomes an edit first, so Undo acts on it, not on
    // an older step whose content would then overwrite the typing.
    auto *undo = new QAction(tr("&Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? MainWindow::tr("&Undo") : MainWindow::tr("&Undo: %1").arg(text));
    });
    connect(undo, &QAction::triggered, this, [this] {
        commitPageEdits();
        m_undoGroup->undo();
    });
    auto *redo = new QAction(tr("&Redo"), this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? MainWindow::tr("&Redo") : MainWindow::tr("&Redo: %1").arg(text));
    });
    connect(redo, &QAction::triggered, this, [this] {
        commitPageEdits();
        m_undoGroup->redo();
    });
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    m_apply = editMenu->addAction(tr("&Apply Changes…"), this, &MainWindow::applyChanges);
    m_apply->setObjectName(QStringLiteral("applyChanges"));
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_revert = editMenu->addAction(tr("Re&vert Changes…"), this, &MainWindow::revertChanges);
    m_revert->setObjectName(QStringLiteral("revertChanges"));

    QMenu *hostMenu = menuBar()->addMenu(tr("&Host"));
    hostMenu->addAction(m_hostActions->addAction());
    hostMenu->addAction(m_hostActions->editAction());
    hostMenu->addAction(m_hostActions->removeAction());
    hostMenu->addAction(m_hostActions->prepareAction());
    hostMenu->addSeparator();
    hostMenu->addAction(m_hostActions->connectAction());
    hostMenu->addAction(m_hostActions->disconnectAction());
    hostMenu->addSeparator();
    m_harden = hostMenu->addAction(tr("&Harden…"), this, &MainWindow::harden);
    m_harden->setObjectName(QStringLiteral("harden"));
    m_harden->setToolTip(tr("Audit the selected host, fix what fails in one transaction, verify, keep or roll back."));
    m_harden->setEnabled(false);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *toggleHosts = m_hostDock->toggleViewAction();
    toggleHosts->setText(tr("Show &Host List"));
    toggleHosts->setShortcut(QKeySequence(Qt::Key_F9));
    viewMenu->addAction(toggleHosts);
    viewMenu->addSeparator();
    for (int i = 0; i < m_workArea->count(); ++i) {
        QAction *go = viewMenu->addAction(m_workArea->tabText(i));
        go->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_workArea->setCurrentIndex(i); });
    }
    viewMenu->addSeparator();

    QMenu *schemeMenu = viewMenu->addMenu(tr("&Colour Scheme"));
    m_schemeGroup = new QActionGroup(this);
    const struct {
        QString text;
        ColorScheme scheme;
    } schemes[] = {{tr("Follow &System"), ColorScheme::System}, {tr("&Light"), ColorScheme::Light},
        {tr("&Dark"), ColorScheme::Dark}};
    for (const auto &s : schemes) {
        QAction *action = schemeMenu->addAction(s.text);
        action->setCheckable(true);
        action->setData(colorSchemeKey(s.scheme));
        action->setChecked(s.scheme == m_scheme);
        m_schemeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, scheme = s.scheme] { setColorScheme(scheme); });
    }

    QAction *fullScreen = viewMenu->addAction(tr("&Full Screen"));
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this,
        [this](bool on) { setWindowState(windowState().setFlag(Qt::WindowFullScreen, on)); });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Mailwarden"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setColorScheme(ColorScheme scheme)
{
    m_scheme = scheme;
    applyColorScheme(*qApp, scheme);
    for (QAction *action : m_schemeGroup->actions())
        action->setChecked(action->data().toString() == colorSchemeKey(scheme));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_componentLines, this);
    dialog.exec();
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kStateVersion));
    settings.setValue(kPageKey, m_workArea->currentIndex());
    settings.setValue(kSchemeKey, colorSchemeKey(m_scheme));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray(), kStateVersion);
    m_workArea->setCurrentIndex(qBound(0, settings.value(kPageKey, 0).toInt(), m_workArea->count() - 1));
    setColorScheme(colorSchemeFromKey(settings.value(kSchemeKey).toString()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

} // namespace Mailwarden
