#include "aboutdialog.h"
#include "colorscheme.h"
#include "hostlistpanel.h"
#include "mainwindow.h"
#include "versioninfo.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Mailwarden;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MailwardenTest"));
        QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void hasTheWorkTabs()
    {
        MainWindow window({});
        QStringList titles;
        for (int i = 0; i < window.workArea()->count(); ++i)
            titles << window.workArea()->tabText(i).remove(QLatin1Char('&'));
        QCOMPARE(titles,
            (QStringList {QStringLiteral("Tables"), QStringLiteral("Config"), QStringLiteral("Privacy"),
                QStringLiteral("Queue"), QStringLiteral("Statistics"), QStringLiteral("Tests"),
                QStringLiteral("History")}));
    }

    void menusHaveShortcuts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("quit") << QStringLiteral("&Quit") << QKeySequence(QKeySequence::Quit);
        QTest::newRow("host-list") << QStringLiteral("Show &Host List") << QKeySequence(Qt::Key_F9);
        QTest::newRow("queue-tab") << QStringLiteral("&Queue") << QKeySequence(Qt::ALT | Qt::Key_4);
        QTest::newRow("add-host") << QStringLiteral("&Add Host…") << QKeySequence(Qt::CTRL | Qt::Key_N);
    }
    void menusHaveShortcuts()
    {
        QFETCH(QString, text);
        QFETCH(QKeySequence, shortcut);
        MainWindow window({});
        const QList<QAction *> actions = window.findChildren<QAction *>();
        const auto it = std::find_if(actions.begin(), actions.end(), [&](QAction *a) { return a->text() == text; });
        QVERIFY2(it != actions.end(), qPrintable(text));
        QCOMPARE((*it)->shortcut(), shortcut);
    }

    void altNumberSwitchesTabs()
    {
        MainWindow window({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_5, Qt::AltModifier);
        QCOMPARE(window.workArea()->currentIndex(), int(MainWindow::Page::Statistics));
    }

    void emptyHostListShowsHint()
    {
        MainWindow window({});
        QStandardItemModel model;
        window.hostList()->setModel(&model);
        QVERIFY(window.hostList()->isShowingEmptyHint());
        model.appendRow(new QStandardItem(QStringLiteral("mx1.example.org")));
        QVERIFY(!window.hostList()->isShowingEmptyHint());
    }

    void windowStateSurvivesRestart()
    {
        {
            MainWindow window({});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(700, 500);
            window.showPage(MainWindow::Page::Queue);
            window.close(); // closeEvent saves
        }
        MainWindow again({});
        again.restoreWindowState();
        QCOMPARE(again.workArea()->currentIndex(), int(MainWindow::Page::Queue));
        QCOMPARE(again.size(), QSize(700, 500));
    }

    void darkSchemeGivesDarkPalette()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        applyColorScheme(*app, ColorScheme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 128);
        applyColorScheme(*app, ColorScheme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
        applyColorScheme(*app, ColorScheme::System);
    }

    void aboutListsLibraries()
    {
        const QStringList lines = versionLines({syntaxHighlightingComponent()});
        AboutDialog dialog(lines);
        auto *libraries = dialog.findChild<QPlainTextEdit *>(QStringLiteral("libraries"));
        QVERIFY(libraries);
        // What the dialog shows must be the libraries this process really runs with.
        const QString text = libraries->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^QCA 2\\.\\d+\\.\\d+ \\(providers: .*qca-ossl"),
                     QRegularExpression::MultilineOption)),
            qPrintable(text));
        QVERIFY2(
            text.contains(QRegularExpression(QStringLiteral("^libssh 0\\.\\d+"), QRegularExpression::MultilineOption)),
            qPrintable(text));
        const auto definitions
            = QRegularExpression(QStringLiteral("KSyntaxHighlighting 6\\.\\d+\\.\\d+ \\((\\d+) definitions"))
                  .match(text);
        QVERIFY2(definitions.hasMatch() && definitions.captured(1).toInt() > 100, qPrintable(text));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
