// Runs with LANG=de_DE.UTF-8 (see CMakeLists.txt): the translators must pick
// German from the environment alone, as they do for a user.
#include "aboutdialog.h"
#include "i18n.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Mailwarden;

class TestGermanUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(QLocale().language(), QLocale::German);
        QVERIFY(installTranslators(*QCoreApplication::instance()));
    }

    void menusAreGerman()
    {
        MainWindow window({});
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus,
            (QStringList {QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Host"),
                QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
    }

    void tabsAreGerman()
    {
        MainWindow window({});
        QCOMPARE(window.workArea()->tabText(0), QStringLiteral("&Tabellen"));
        QCOMPARE(window.workArea()->tabText(3), QStringLiteral("&Warteschlange"));
        QCOMPARE(window.workArea()->tabText(4), QStringLiteral("&Statistik"));
        QCOMPARE(window.workArea()->tabText(6), QStringLiteral("&Verlauf"));
    }

    void aboutDialogIsGerman()
    {
        AboutDialog dialog({QStringLiteral("Qt 6")});
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Über Mailwarden"));
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
            [](QLabel *l) { return l->text() == QStringLiteral("Verwendete Bibliotheken:"); }));
        // Qt's own translation (qtbase_de) covers the standard button.
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QCOMPARE(box->button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&')), QStringLiteral("Schließen"));
    }
};

QTEST_MAIN(TestGermanUi)
#include "tst_germanui.moc"
