// The Privacy tab against the lab hosts, as an admin uses it: VRFY switched in
// the tab on Postfix (disable_vrfy_command) and Sendmail (PrivacyOptions
// novrfy, through m4), applied, and the SMTP exposure probe's verdict changes
// with it; everything put back byte for byte. qmail's settings, including what
// qmail cannot do, are shown. Screenshots: privacy-*.png.
#include "changes/applydialog.h"
#include "changes/pendingedits.h"
#include "guitesting.h"
#include "hostactions.h"
#include "i18n.h"
#include "labhost.h"
#include "labsetup.h"
#include "mainwindow.h"
#include "pages/activehosttracker.h"
#include "privacy/privacypage.h"

#include "colorscheme.h"
#include "mta/mtasurvey.h"
#include "probes/proberunner.h"
#include "remote/hostprofilestore.h"
#include "remote/sshhost.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Mailwarden;
using namespace Mailwarden::Probes;
using namespace Mailwarden::Testing;

class TestPrivacyTab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    QString m_suffix;

    QString shot(const QString &name) const { return name + m_suffix + QStringLiteral(".png"); }

    ChangeSetRunner::Outcome apply(MainWindow &window, const QString &shotName = {})
    {
        return applyInDialog(window.applyAction(), [&](const QString &stage) {
            return stage == QLatin1String("preview") && !shotName.isEmpty() ? shot(shotName) : QString();
        });
    }

    // The exposure probe's verdict on VRFY, from 127.0.0.3 (Sendmail trusts 127.0.0.1).
    static Verdict vrfyVerdict(const LabHost &lab)
    {
        ProbeSettings settings;
        settings.targetName = QStringLiteral("127.0.0.1");
        settings.targetAddress = QStringLiteral("127.0.0.1");
        settings.targetPort = lab.smtpPort;
        settings.endpoint.host = QStringLiteral("127.0.0.1");
        settings.endpoint.port = lab.smtpPort;
        settings.endpoint.peerName = lab.fqdn;
        settings.endpoint.sourceAddress = QHostAddress(QStringLiteral("127.0.0.3"));
        ProbeRunner runner(settings, {ProbeKind::Smtp});
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start();
        if (!finished.wait(120000))
            return Verdict::Error;
        const auto check = runner.report().find(QStringLiteral("smtp.vrfy"));
        return check ? check->verdict : Verdict::Error;
    }

    PrivacyPage *open(MainWindow &window, const QString &profile)
    {
        window.resize(1200, 800);
        window.show();
        window.showPage(MainWindow::Page::Privacy);
        auto *page = window.findChild<PrivacyPage *>();
        QSignalSpy ready(page, &PrivacyPage::ready);
        if (!connectTo(window, profile) || !QTest::qWaitFor([&] { return !ready.isEmpty(); }, 30000))
            return nullptr;
        return page;
    }

    static PrivacySetting setting(const PrivacyPage *page, const QString &id)
    {
        for (const PrivacySetting &s : page->settings()) {
            if (s.id == id)
                return s;
        }
        return {};
    }

    // Switches VRFY in the tab, applies, and reads the probe; then back, byte for byte.
    void vrfyRoundTrip(const QString &labName, const QString &id, const QString &file)
    {
        const auto lab = labHost(labName, m_scratch);
        QVERIFY(lab);
        MainWindow window({});
        PrivacyPage *page = open(window, QStringLiteral("lab-") + labName);
        QVERIFY(page);
        const ActiveHost host = window.activeHost()->current();
        const QByteArray original = host.host->readFile(file).result().value_or("?");
        const bool refusedBefore = setting(page, id).isOn();
        QCOMPARE(vrfyVerdict(*lab) == Verdict::Pass, refusedBefore);
        saveShot(&window, shot(QStringLiteral("privacy-") + labName));

        auto *toggle = page->findChild<QCheckBox *>(QStringLiteral("toggle-") + id);
        QVERIFY(toggle && toggle->isEnabled());
        toggle->click(); // as an admin does
        QTRY_VERIFY(window.pendingEdits()->hasEdits(host.name));
        QCOMPARE(setting(page, id).isOn(), !refusedBefore);
        QVERIFY(setting(page, id).pending);
        auto *current = page->findChild<QLabel *>(QStringLiteral("current-") + id);
        QVERIFY(current);
        saveShot(&window, shot(QStringLiteral("privacy-") + labName + QStringLiteral("-pending")));
        QCOMPARE(apply(window, QStringLiteral("apply-privacy-") + labName), ChangeSetRunner::Outcome::Applied);
        QCOMPARE(vrfyVerdict(*lab) == Verdict::Pass, !refusedBefore);

        // The tab reads the host again and shows the applied value as live.
        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!setting(page, id).pending && setting(page, id).isOn() == !refusedBefore, 30000);

        // Back through the tab: Postfix's line is written back as it stood.
        if (labName == QLatin1String("postfix")) {
            // the files are read again after the apply's survey: wait until the box can be used
            const auto box = [&] { return page->findChild<QCheckBox *>(QStringLiteral("toggle-") + id); };
            QTRY_VERIFY_WITH_TIMEOUT(box() && box()->isEnabled(), 30000);
            box()->click();
            QTRY_VERIFY(window.pendingEdits()->hasEdits(host.name));
            QCOMPARE(apply(window), ChangeSetRunner::Outcome::Applied);
            QCOMPARE(host.host->readFile(file).result().value_or("?"), original);
            QCOMPARE(vrfyVerdict(*lab) == Verdict::Pass, refusedBefore);
            QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
        }
        // Otherwise the original bytes (Sendmail's define was rewritten on one line).
        const ActiveHost again = window.activeHost()->current();
        const QByteArray now = again.host->readFile(file).result().value_or("?");
        FileChange back;
        back.path = file;
        back.formatType
            = labName == QLatin1String("postfix") ? QStringLiteral("postfix-main") : QStringLiteral("sendmail-mc");
        back.before = now;
        back.after = original;
        if (now != original) {
            window.pendingEdits()->edit(again.name, back, QStringLiteral("put the lab back"));
            QCOMPARE(apply(window), ChangeSetRunner::Outcome::Applied);
        }
        QCOMPARE(again.host->readFile(file).result().value_or("?"), original);
        QCOMPARE(vrfyVerdict(*lab) == Verdict::Pass, refusedBefore);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_suffix = startTabTest(QStringLiteral("tst_privacytab"));
        const auto postfix = labHost(QStringLiteral("postfix"), m_scratch);
        if (!postfix)
            MW_SKIP_OR_FAIL(labProblem());
        QVERIFY(
            useLabHosts(m_scratch, {QStringLiteral("postfix"), QStringLiteral("sendmail"), QStringLiteral("qmail")}));
    }

    void postfixVrfy()
    {
        vrfyRoundTrip(QStringLiteral("postfix"), QStringLiteral("vrfy"), QStringLiteral("/etc/postfix/main.cf"));
    }

    void sendmailNovrfy()
    {
        vrfyRoundTrip(
            QStringLiteral("sendmail"), QStringLiteral("privacy.novrfy"), QStringLiteral("/etc/mail/sendmail.mc"));
    }

    // Blocklists typed into the tab: a first list only logs (warn_if_reject) on
    // Postfix, then refuses; Sendmail gets FEATURE(`dnsbl') and its rebuilt
    // sendmail.cf checks the list; emptied, the file is back byte for byte.
    // Nothing is sent over SMTP meanwhile: the lab has no DNS to ask.
    void blocklists_data()
    {
        QTest::addColumn<QString>("lab");
        QTest::addColumn<QString>("file");
        QTest::newRow("postfix") << QStringLiteral("postfix") << QStringLiteral("/etc/postfix/main.cf");
        QTest::newRow("sendmail") << QStringLiteral("sendmail") << QStringLiteral("/etc/mail/sendmail.mc");
    }

    void blocklists()
    {
        QFETCH(QString, lab);
        QFETCH(QString, file);
        MainWindow window({});
        PrivacyPage *page = open(window, QStringLiteral("lab-") + lab);
        QVERIFY(page);
        const ActiveHost host = window.activeHost()->current();
        const QByteArray original = host.host->readFile(file).result().value_or("?");
        const bool postfix = lab == QLatin1String("postfix");
        const auto field = [&] { return page->findChild<QLineEdit *>(QStringLiteral("value-dnsbl")); };
        const auto type = [&](const QString &text) {
            QTRY_VERIFY_WITH_TIMEOUT(field() && field()->isEnabled(), 30000);
            QLineEdit *edit = field();
            edit->setFocus();
            edit->selectAll();
            if (text.isEmpty())
                QTest::keyClick(edit, Qt::Key_Delete);
            else
                QTest::keyClicks(edit, text);
            QTest::keyClick(edit, Qt::Key_Return);
        };
        const auto live = [&]() -> QByteArray {
            const ActiveHost now = window.activeHost()->current();
            if (!postfix)
                return now.host->readFile(QStringLiteral("/etc/mail/sendmail.cf")).result().value_or("?");
            const auto r
                = now.host->run(Command {{"/usr/sbin/postconf", "-h", "smtpd_recipient_restrictions"}, false, {}, {}})
                      .result();
            return r && r->succeeded() ? r->out : QByteArray("?");
        };
        QVERIFY(!setting(page, QStringLiteral("dnsbl")).value.contains("dnsbl.lab.test"));
        QVERIFY(!live().contains("dnsbl.lab.test"));

        type(QStringLiteral("dnsbl.lab.test"));
        QTRY_VERIFY(window.pendingEdits()->hasEdits(host.name));
        QCOMPARE(setting(page, QStringLiteral("dnsbl")).value, QByteArray("dnsbl.lab.test"));
        QVERIFY(setting(page, QStringLiteral("dnsbl")).pending);
        if (postfix)
            QVERIFY(setting(page, QStringLiteral("dnsbl.warn")).isOn()); // a first list only logs
        page->findChild<QLabel *>(QStringLiteral("title-dnsbl"))->parentWidget()->setFocus();
        page->findChild<QScrollArea *>()->ensureWidgetVisible(field(), 50, 200);
        saveShot(&window, shot(QStringLiteral("privacy-blocklists-") + lab));
        QCOMPARE(apply(window), ChangeSetRunner::Outcome::Applied);
        if (postfix)
            QVERIFY2(live().contains("warn_if_reject reject_rbl_client dnsbl.lab.test"), live().constData());
        else
            QVERIFY2(live().contains("dnsbl.lab.test"), "sendmail.cf was not rebuilt with the list");
        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!setting(page, QStringLiteral("dnsbl")).pending
                && setting(page, QStringLiteral("dnsbl")).value == "dnsbl.lab.test",
            30000);

        if (postfix) {
            // Refusing for real: the same entry without warn_if_reject.
            const auto box = [&] { return page->findChild<QCheckBox *>(QStringLiteral("toggle-dnsbl.warn")); };
            QTRY_VERIFY_WITH_TIMEOUT(box() && box()->isEnabled() && box()->isChecked(), 30000);
            box()->click();
            QTRY_VERIFY(window.pendingEdits()->hasEdits(host.name));
            QCOMPARE(apply(window), ChangeSetRunner::Outcome::Applied);
            QVERIFY2(live().contains("reject_rbl_client dnsbl.lab.test"), live().constData());
            QVERIFY2(!live().contains("warn_if_reject"), live().constData());
            QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
        }

        // No list: the file as it was.
        type(QString());
        QTRY_VERIFY(window.pendingEdits()->hasEdits(host.name));
        QCOMPARE(apply(window), ChangeSetRunner::Outcome::Applied);
        QCOMPARE(window.activeHost()->current().host->readFile(file).result().value_or("?"), original);
        QVERIFY(!live().contains("dnsbl.lab.test"));
        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Ready, 60000);
    }

    // A value typed into a field, then a click on a checkbox: leaving the
    // field records its value (and redraws the tab), and the click still
    // counts. Nothing is applied.
    void fieldThenCheckboxBothCount()
    {
        MainWindow window({});
        PrivacyPage *page = open(window, QStringLiteral("lab-postfix"));
        QVERIFY(page);
        const QString name = window.activeHost()->current().name;
        auto *size = page->findChild<QLineEdit *>(QStringLiteral("value-size"));
        QTRY_VERIFY_WITH_TIMEOUT(size && size->isEnabled(), 30000);
        const bool heloBefore = setting(page, QStringLiteral("helo")).isOn();
        size->setFocus();
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("30000000"));
        auto *helo = page->findChild<QCheckBox *>(QStringLiteral("toggle-helo"));
        const QPoint at(5, helo->height() / 2);
        // press, a moment with the event loop running (a hand is slower than that), release
        // on the same box: a tab that redrew itself meanwhile has taken it away
        QPointer<QCheckBox> pressed = helo;
        QTest::mousePress(helo, Qt::LeftButton, {}, at);
        QTest::qWait(100);
        QVERIFY2(pressed, "the checkbox under the mouse was replaced between press and release");
        QTest::mouseRelease(pressed, Qt::LeftButton, {}, at);
        QTRY_COMPARE(setting(page, QStringLiteral("size")).value, QByteArray("30000000"));
        QTRY_COMPARE(setting(page, QStringLiteral("helo")).isOn(), !heloBefore);
        window.pendingEdits()->clear(name);
    }

    void qmailSaysWhatItCannot()
    {
        MainWindow window({});
        PrivacyPage *page = open(window, QStringLiteral("lab-qmail"));
        QVERIFY(page);
        QCOMPARE(setting(page, QStringLiteral("tls")).kind, PrivacySetting::Kind::Unavailable);
        QVERIFY(setting(page, QStringLiteral("vrfy")).meetsRecommendation());
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("current-helo"))->text().contains(QLatin1String("qmail")));
        // the greeting names the software: "Use" offers control/me
        auto *use = page->findChild<QPushButton *>(QStringLiteral("use-banner"));
        QVERIFY(use && use->isEnabled());
        use->click();
        QTRY_VERIFY(window.pendingEdits()->hasEdits(window.activeHost()->current().name));
        QVERIFY(setting(page, QStringLiteral("banner")).meetsRecommendation());
        saveShot(&window, shot(QStringLiteral("privacy-qmail")));
        window.setColorScheme(ColorScheme::Dark);
        QTest::qWait(200);
        saveShot(&window, shot(QStringLiteral("privacy-qmail-dark")));
        window.setColorScheme(ColorScheme::Light);
        window.pendingEdits()->clear(window.activeHost()->current().name);
    }
};

QTEST_MAIN(TestPrivacyTab)
#include "tst_privacytab.moc"
