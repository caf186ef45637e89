// Host ▸ Prepare Host… against the lab Postfix as mwsetup (full sudo with its
// password), preparing a scratch helper path and mwsetup's own sudoers file:
// the plan shown before anything happens (helper hash, rules), no run without
// consent and password, a wrong password said in words with nothing changed,
// the run with its steps, light and dark. Screenshots go to build/screenshots/.
#include "colorscheme.h"
#include "hostactions.h"
#include "hostlistpanel.h"
#include "i18n.h"
#include "labhost.h"
#include "mainwindow.h"
#include "preparation/preparationplan.h"
#include "preparehostdialog.h"
#include "preparehostwidget.h"
#include "remote/sshhost.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {

const QByteArray kScratchHelper = "/usr/local/sbin/mw-file-mwsetup";
const QByteArray kScratchSudoers = "/etc/sudoers.d/mailwarden-mwsetup";

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(MW_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QTest::qWait(50); // what a user sees: the layout after the last text change settled
    if (widget->layout())
        widget->layout()->activate();
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

} // namespace

class TestPrepareHostDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;
    std::unique_ptr<SshHost> m_host;

    CommandResult asRoot(const QByteArray &script, const QByteArrayList &args = {})
    {
        const Command command {QByteArrayList {"sudo", "-S", "-k", "-p", "", "--", "/bin/sh", "-c",
                                   "exec </dev/null\nPATH=/usr/sbin:/usr/bin:/sbin:/bin\n" + script, "sh"}
                + args,
            false, m_lab->setupPassword + '\n', {}};
        const auto result = m_host->run(command).result();
        return result ? *result : CommandResult {};
    }
    QByteArray scratchState()
    {
        return asRoot("for f in \"$@\"; do if [ -e \"$f\" ]; then sha256sum <\"$f\" | cut -c1-64; else echo missing; "
                      "fi; done",
            {kScratchHelper, kScratchSudoers})
            .out;
    }
    static bool waitFor(QSignalSpy &spy) { return !spy.isEmpty() || spy.wait(60000); }
    void runWith(PrepareHostDialog &dialog, const QByteArray &password, bool expectOk)
    {
        auto *widget = dialog.widget();
        widget->findChild<QCheckBox *>(QStringLiteral("consent"))->setChecked(true);
        auto *field = widget->findChild<QLineEdit *>(QStringLiteral("sudoPassword"));
        if (field->isVisibleTo(&dialog))
            field->setText(QString::fromUtf8(password));
        QVERIFY(dialog.prepareButton()->isEnabled());
        QSignalSpy prepared(&dialog, &PrepareHostDialog::prepared);
        dialog.prepareButton()->click();
        QVERIFY(!dialog.prepareButton()->isEnabled()); // no second run while one goes on
        QVERIFY(waitFor(prepared));
        QCOMPARE(prepared.first().first().toBool(), expectOk);
        QVERIFY(field->text().isEmpty()); // the password does not stay in the field
        // The rows say what is on the host now.
        auto *files = widget->findChild<QTreeWidget *>(QStringLiteral("files"));
        if (expectOk)
            QTRY_VERIFY_WITH_TIMEOUT(files->topLevelItem(0)->text(3).contains(QLatin1String("identical"))
                    || files->topLevelItem(0)->text(3).contains(QLatin1String("identisch")),
                30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        if (m_lab->setupUser.isEmpty())
            MW_SKIP_OR_FAIL(QStringLiteral("the running lab has no mwsetup account: restart the postfix host"));
        m_lab->profile.user = m_lab->setupUser;
        m_lab->profile.fileHelper = QString::fromLatin1(kScratchHelper);
        m_host = std::make_unique<SshHost>(m_lab->profile, m_lab->credentials(), m_lab->options());
        asRoot("rm -f -- \"$1\" \"$2\"", {kScratchHelper, kScratchSudoers});
        QCOMPARE(scratchState(), QByteArray("missing\nmissing\n"));
    }
    void cleanupTestCase()
    {
        if (!m_host)
            return;
        asRoot("rm -f -- \"$1\" \"$2\"", {kScratchHelper, kScratchSudoers});
        QCOMPARE(scratchState(), QByteArray("missing\nmissing\n"));
    }

    void actionInHostMenuAndContextMenu()
    {
        MainWindow window({});
        QAction *prepare = window.hostActions()->prepareAction();
        QVERIFY(window.hostList()->view()->actions().contains(prepare));
        bool inMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            inMenu = inMenu || (menu->menu() && menu->menu()->actions().contains(prepare));
        QVERIFY(inMenu);
        QVERIFY(prepare->text().contains(QLatin1String("Prepare Host")));
    }

    void showAskRunLight()
    {
        PrepareHostDialog dialog(m_lab->profile, *m_host);
        dialog.show();
        QSignalSpy ready(&dialog, &PrepareHostDialog::planReady);
        QVERIFY(waitFor(ready));
        QVERIFY(ready.first().first().toBool());
        const QByteArray shipped = PreparationPlan::shippedHelper();
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(shipped, QCryptographicHash::Sha256).toHex());
        QVERIFY2(dialog.widget()->findChild<QLabel *>(QStringLiteral("helperHash"))->text().contains(hash),
            qPrintable(dialog.widget()->findChild<QLabel *>(QStringLiteral("helperHash"))->text()));
        QVERIFY(dialog.widget()
                ->findChild<QPlainTextEdit *>(QStringLiteral("sudoersText"))
                ->toPlainText()
                .contains(QLatin1String("mwsetup ALL = (root) NOPASSWD: /usr/sbin/postfix reload")));
        // Nothing runs before the admin agreed and gave the password.
        QVERIFY(!dialog.prepareButton()->isEnabled());
        dialog.widget()->findChild<QCheckBox *>(QStringLiteral("consent"))->setChecked(true);
        QVERIFY(!dialog.prepareButton()->isEnabled());
        dialog.widget()->findChild<QCheckBox *>(QStringLiteral("consent"))->setChecked(false);
        saveShot(&dialog, QStringLiteral("prepare-host.png"));

        runWith(dialog, "not-" + m_lab->setupPassword, false);
        const QString wrong = dialog.widget()->findChild<QLabel *>(QStringLiteral("result"))->text();
        QVERIFY2(wrong.contains(QLatin1String("No root access")), qPrintable(wrong));
        QVERIFY(dialog.widget()
                ->findChild<QPlainTextEdit *>(QStringLiteral("reportText"))
                ->toPlainText()
                .contains(QLatin1String("sudo did not accept the password")));
        QCOMPARE(scratchState(), QByteArray("missing\nmissing\n"));
        saveShot(&dialog, QStringLiteral("prepare-host-wrong-password.png"));

        runWith(dialog, m_lab->setupPassword, true);
        const QString done = dialog.widget()->findChild<QLabel *>(QStringLiteral("result"))->text();
        QVERIFY2(done.contains(QLatin1String("is prepared")), qPrintable(done));
        QVERIFY(dialog.widget()->findChild<QLabel *>(QStringLiteral("result"))->isVisible());
        auto *steps = dialog.widget()->findChild<QListWidget *>(QStringLiteral("steps"));
        QCOMPARE(steps->count(), 9);
        QVERIFY(scratchState().startsWith(hash.toLatin1()));
        saveShot(&dialog, QStringLiteral("prepare-host-done.png"));
    }

    void dark()
    {
        applyColorScheme(*qApp, ColorScheme::Dark);
        PrepareHostDialog dialog(m_lab->profile, *m_host);
        dialog.show();
        QSignalSpy ready(&dialog, &PrepareHostDialog::planReady);
        QVERIFY(waitFor(ready));
        saveShot(&dialog, QStringLiteral("prepare-host-dark.png"));
        runWith(dialog, m_lab->setupPassword, true);
        saveShot(&dialog, QStringLiteral("prepare-host-dark-done.png"));
        applyColorScheme(*qApp, ColorScheme::Light);
    }

    // Last: the German translation stays installed once loaded.
    void german()
    {
        QVERIFY(installTranslators(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        PrepareHostDialog dialog(m_lab->profile, *m_host);
        dialog.show();
        QSignalSpy ready(&dialog, &PrepareHostDialog::planReady);
        QVERIFY(waitFor(ready));
        const QString consent = dialog.widget()->findChild<QCheckBox *>(QStringLiteral("consent"))->text();
        QVERIFY2(consent.startsWith(QLatin1String("Ich habe die sudo-Regeln gelesen")), qPrintable(consent));
        saveShot(&dialog, QStringLiteral("prepare-host-de.png"));
        runWith(dialog, m_lab->setupPassword, true);
        const QString done = dialog.widget()->findChild<QLabel *>(QStringLiteral("result"))->text();
        QVERIFY2(done.contains(QLatin1String("ist vorbereitet")), qPrintable(done));
        saveShot(&dialog, QStringLiteral("prepare-host-de-done.png"));
    }
};

QTEST_MAIN(TestPrepareHostDialog)
#include "tst_preparehostdialog.moc"
