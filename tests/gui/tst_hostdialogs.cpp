// The host GUI against the real lab Postfix: add a host through the dialog,
// test the connection, trust its key in the host-key dialog, save it, and
// connect from the main window's host list. Screenshots of every dialog go to
// build/screenshots/ (look at them when the dialogs change).
#include "guitesting.h"
#include "hostactions.h"
#include "hostdialog.h"
#include "hostkeydialog.h"
#include "hostlistmodel.h"
#include "hostlistpanel.h"
#include "labhost.h"
#include "mainwindow.h"
#include "masterpassworddialog.h"
#include "remote/hostprofilestore.h"
#include "remote/sshsession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {

void fillForm(QWidget *dialog, const LabHost &lab, const QString &name)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
    dialog->findChild<QLineEdit *>(QStringLiteral("group"))->setText(QStringLiteral("Lab"));
    dialog->findChild<QLineEdit *>(QStringLiteral("address"))->setText(lab.profile.address);
    dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(lab.profile.port);
    dialog->findChild<QLineEdit *>(QStringLiteral("user"))->setText(lab.profile.user);
    auto *auth = dialog->findChild<QComboBox *>(QStringLiteral("auth"));
    auth->setCurrentIndex(auth->findData(int(HostProfile::Auth::Password)));
    dialog->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(QString::fromUtf8(lab.password));
}

} // namespace

class TestHostDialogs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("MailwardenTest"));
        QApplication::setApplicationName(QStringLiteral("tst_hostdialogs"));
        QSettings().clear();
        QFile::remove(SshOptions::defaultKnownHostsFile());
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
    }

    void masterPasswordDialogChecksTheRepeat()
    {
        MasterPasswordDialog dialog(true);
        dialog.show();
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("correct horse"));
        dialog.findChild<QLineEdit *>(QStringLiteral("repeat"))->setText(QStringLiteral("correct hose"));
        QVERIFY(!ok->isEnabled());
        saveShot(&dialog, QStringLiteral("master-password.png"));
        dialog.findChild<QLineEdit *>(QStringLiteral("repeat"))->setText(QStringLiteral("correct horse"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.password(), QByteArray("correct horse"));
    }

    void wrongPasswordIsSaidInWords()
    {
        SshOptions options;
        options.knownHostsFile = m_lab->knownHostsFile; // the key is known: only the password is wrong
        HostDialog dialog(HostProfile {}, true, nullptr, options);
        dialog.show();
        fillForm(&dialog, *m_lab, QStringLiteral("wrong"));
        dialog.findChild<QLineEdit *>(QStringLiteral("secret"))->setText(QStringLiteral("not-the-password"));
        QSignalSpy finished(&dialog, &HostDialog::testFinished);
        dialog.testConnection();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog.testResult().contains(QLatin1String("password"), Qt::CaseInsensitive),
            qPrintable(dialog.testResult()));
        saveShot(&dialog, QStringLiteral("host-dialog-wrong-password.png"));
    }

    void addTrustAndConnectThroughTheMainWindow()
    {
        MainWindow window({});
        window.show();
        QVERIFY(window.hostList()->isShowingEmptyHint());
        bool sawKeyDialog = false;
        QString testResult;
        std::unique_ptr<QTimer> keyWatch; // set while the host dialog is up, ends with the test
        const auto watch = whenModal(QStringLiteral("hostDialog"), [&](QWidget *widget) {
            auto *dialog = qobject_cast<HostDialog *>(widget);
            fillForm(dialog, *m_lab, QStringLiteral("lab-postfix"));
            saveShot(dialog, QStringLiteral("host-dialog.png"));
            keyWatch = whenModal(QStringLiteral("hostKeyUnknownDialog"), [&](QWidget *keyDialog) {
                sawKeyDialog = true;
                saveShot(keyDialog, QStringLiteral("host-key-dialog.png"));
                keyDialog->findChild<QPushButton *>(QStringLiteral("trustButton"))->click();
            });
            QObject::connect(dialog, &HostDialog::testFinished, dialog, [&testResult, dialog](bool ok) {
                testResult = dialog->testResult();
                saveShot(dialog, QStringLiteral("host-dialog-tested.png"));
                if (ok)
                    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
                else
                    dialog->reject();
            });
            dialog->testConnection();
        });
        window.hostActions()->addAction()->trigger(); // returns when the dialog closed
        QVERIFY(sawKeyDialog);
        QVERIFY2(testResult.contains(QLatin1String("postfix")), qPrintable(testResult));
        QVERIFY2(testResult.contains(QLatin1String("sudo -n works")), qPrintable(testResult));

        // Saved, with the password in the secrets file and not in the settings.
        const auto saved = HostProfileStore().find(QStringLiteral("lab-postfix"));
        QVERIFY(saved);
        QVERIFY(saved->hasSecret);
        QCOMPARE(saved->auth, HostProfile::Auth::Password);
        QVERIFY(!window.hostList()->isShowingEmptyHint());

        // Connect from the list: the key was recorded by the test, so no question.
        HostListModel *model = window.hostActions()->model();
        window.hostActions()->select(QStringLiteral("lab-postfix"));
        window.hostActions()->connectAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            model->status(QStringLiteral("lab-postfix")), HostListModel::Status::Connected, 30000);
        QVERIFY(window.hostActions()->disconnectAction()->isEnabled());
        QTest::qWait(100);
        saveShot(&window, QStringLiteral("mainwindow-connected.png"));

        window.hostActions()->disconnectAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            model->status(QStringLiteral("lab-postfix")), HostListModel::Status::Disconnected, 10000);
    }

    void changedKeyIsRefusedLoudly()
    {
        // A known_hosts that pins another key for the lab host's address.
        const QString pinned = m_scratch.filePath(QStringLiteral("pinned_known_hosts"));
        QFile file(pinned);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("[%1]:%2 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFdLdHgzfCo6tKnSUm7yNVQ5LVHlCkPvrWUtqY2kdlZn\n")
                .arg(m_lab->profile.address)
                .arg(m_lab->profile.port)
                .toUtf8());
        file.close();
        SshOptions options;
        options.knownHostsFile = pinned;
        HostDialog dialog(HostProfile {}, true, nullptr, options);
        dialog.show();
        fillForm(&dialog, *m_lab, QStringLiteral("changed"));
        bool warned = false;
        const auto watch = whenModal(QStringLiteral("hostKeyChangedDialog"), [&](QWidget *keyDialog) {
            warned = true;
            saveShot(keyDialog, QStringLiteral("host-key-changed-dialog.png"));
            qobject_cast<QDialog *>(keyDialog)->reject();
        });
        QSignalSpy finished(&dialog, &HostDialog::testFinished);
        dialog.testConnection();
        QVERIFY(finished.wait(30000));
        QVERIFY(warned);
        QCOMPARE(finished.first().first().toBool(), false);
    }

    void noFileHoldsThePassword()
    {
        // Everything the console wrote in this test: settings, known_hosts, secrets.
        QStringList roots {QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            QFileInfo(QSettings().fileName()).absolutePath()};
        int files = 0;
        for (const QString &root : roots) {
            const auto entries = QDir(root).entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden);
            for (const QFileInfo &entry : entries) {
                QFile f(entry.absoluteFilePath());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(m_lab->password), qPrintable(entry.absoluteFilePath()));
                ++files;
            }
        }
        QVERIFY(files >= 2); // at least the settings and the secrets file
    }
};

QTEST_MAIN(TestHostDialogs)
#include "tst_hostdialogs.moc"
