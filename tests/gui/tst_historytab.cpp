// The History tab against the lab Postfix, as an admin uses it: a change
// applied from the console appears on top with its diff; a change made
// behind Mailwarden's back shows up as drift with the changed line and keeps
// a roll back from running; once it is undone, Roll Back puts main.cf back
// byte for byte through the preview and step list; disconnected, the tab
// shows this computer's cached copy. Screenshots: history-*.png.
#include "changes/pendingedits.h"
#include "guitesting.h"
#include "history/historymodel.h"
#include "history/historypage.h"
#include "hostactions.h"
#include "i18n.h"
#include "labhost.h"
#include "labsetup.h"
#include "mainwindow.h"
#include "mta/mtafiles.h"
#include "pages/activehosttracker.h"

#include "colorscheme.h"
#include "mta/historycache.h"
#include "mta/mtasurvey.h"
#include "remote/host.h"
#include "remote/hostprofilestore.h"
#include "remote/sshhost.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {
const QString kMainCf = QStringLiteral("/etc/postfix/main.cf");

// main.cf with its smtpd_banner line (or a new one at the end) saying \a banner.
QByteArray withBanner(const QByteArray &mainCf, const QByteArray &banner)
{
    const QByteArray line = "smtpd_banner = " + banner + '\n';
    QByteArray out;
    bool replaced = false;
    const QList<QByteArray> lines = mainCf.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last is what follows the final newline
        if (!replaced && lines[i].startsWith("smtpd_banner ")) {
            out += line;
            replaced = true;
        } else {
            out += lines[i] + '\n';
        }
    }
    return replaced ? out : mainCf + line;
}
} // namespace

class TestHistoryTab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;
    QString m_suffix;

    QString shot(const QString &name) const { return name + m_suffix + QStringLiteral(".png"); }

    HistoryPage *open(MainWindow &window, const QString &profile = QStringLiteral("lab-postfix"))
    {
        window.resize(1200, 800);
        window.show();
        window.showPage(MainWindow::Page::History);
        auto *page = window.findChild<HistoryPage *>();
        QSignalSpy ready(page, &HistoryPage::ready);
        if (!connectTo(window, profile) || !QTest::qWaitFor([&] { return !ready.isEmpty(); }, 60000))
            return nullptr;
        return page;
    }

    // Waits for the page's next journal read after \a trigger.
    static bool reread(HistoryPage *page, const std::function<void()> &trigger)
    {
        QSignalSpy ready(page, &HistoryPage::ready);
        trigger();
        return ready.wait(60000);
    }

    // As root on the host, behind Mailwarden's back.
    static bool postconf(Host *host, const QByteArray &banner)
    {
        const auto r
            = host->run(Command {{"/usr/sbin/postconf", "-e", "smtpd_banner=" + banner}, true, {}, {}}).result();
        return r && r->succeeded();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // LANG=de_DE (ctest historytab-de): the same run in German, screenshots named *-de.png.
        m_suffix = startTabTest(QStringLiteral("tst_historytab"));
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        QVERIFY(
            useLabHosts(m_scratch, {QStringLiteral("postfix"), QStringLiteral("sendmail"), QStringLiteral("qmail")}));
        // This computer's copy of the journal starts empty (test mode's data directory).
        for (const char *lab : {"lab-postfix", "lab-sendmail", "lab-qmail"})
            QFile::remove(HistoryCache::pathFor(QLatin1String(lab)));
    }

    void applyDriftRollBackAndCache()
    {
        MainWindow window({});
        HistoryPage *page = open(window);
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(page->isTrusted(), qPrintable(page->statusText()));
        QVERIFY(!page->isShowingCache());
        const int before = page->model()->rowCount();
        const ActiveHost host = window.activeHost()->current();
        const QByteArray original = host.host->readFile(kMainCf).result().value_or("?");
        QVERIFY(original.endsWith('\n'));

        // A change from the console: on top of the list, its diff beside it.
        const QByteArray token = QByteArray::number(QRandomGenerator::global()->generate(), 16);
        const QByteArray recorded = "$myhostname ESMTP history-" + token;
        QString formatType;
        for (const CatalogueEntry &c : host.survey->catalogue) {
            if (c.path == kMainCf)
                formatType = c.formatType;
        }
        window.pendingEdits()->edit(host.name,
            FileChange {kMainCf, formatType, {}, original, withBanner(original, recorded)},
            QStringLiteral("smtpd_banner"));
        QVERIFY(!page->rollBackAction()->isEnabled()); // unapplied edits first
        QSignalSpy ready(page, &HistoryPage::ready);
        QCOMPARE(applyInDialog(window.applyAction()), ChangeSetRunner::Outcome::Applied);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == before + 1, 60000);
        const int changeId = page->model()->entries().constLast().id;
        QVERIFY(page->selectEntry(changeId));
        QCOMPARE(page->model()->entry(changeId)->outcome, QStringLiteral("applied"));
        QVERIFY2(page->detailText().contains(QString::fromUtf8("+smtpd_banner = " + recorded)),
            qPrintable(page->detailText()));
        QVERIFY(page->drift().isEmpty());
        QTRY_VERIFY(page->rollBackAction()->isEnabled());
        saveShot(&window, shot(QStringLiteral("history-postfix")));

        // Behind Mailwarden's back: drift, with the changed line, and no roll back.
        const QByteArray behind = "$myhostname ESMTP behind-" + token;
        QVERIFY(postconf(host.host, behind));
        QVERIFY(reread(page, [page] { page->findChild<QPushButton *>(QStringLiteral("refresh"))->click(); }));
        QCOMPARE(page->drift().size(), 1);
        QCOMPARE(page->drift().first().path, kMainCf);
        QCOMPARE(page->drift().first().entryId, changeId);
        auto *driftList = page->findChild<QListWidget *>(QStringLiteral("driftList"));
        QVERIFY(driftList->isVisible());
        QSignalSpy diffShown(page, &HistoryPage::driftDiffShown);
        driftList->setCurrentRow(0);
        QVERIFY(diffShown.wait(30000));
        QVERIFY2(page->detailText().contains(
                     QString::fromUtf8("-smtpd_banner = " + recorded + "\n+smtpd_banner = " + behind)),
            qPrintable(page->detailText()));
        saveShot(&window, shot(QStringLiteral("history-drift")));
        QVERIFY(page->selectEntry(changeId));
        QVERIFY(page->rollBackAction()->isEnabled());
        page->rollBackAction()->trigger(); // refused by the engine: the file is not what the change left
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(kMainCf), 30000);
        QCOMPARE(host.host->readFile(kMainCf).result().value_or("?"), withBanner(original, behind));

        // Undone by hand: no drift; Roll Back through the preview puts main.cf back byte for byte.
        QVERIFY(postconf(host.host, recorded));
        QVERIFY(reread(page, [page] { page->findChild<QPushButton *>(QStringLiteral("refresh"))->click(); }));
        QVERIFY(page->drift().isEmpty());
        QVERIFY(page->selectEntry(changeId));
        QCOMPARE(applyInDialog(page->rollBackAction(),
                     [&](const QString &stage) { return shot(QStringLiteral("history-rollback-") + stage); }),
            ChangeSetRunner::Outcome::Applied);
        QCOMPARE(host.host->readFile(kMainCf).result().value_or("?"), original);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == before + 2, 60000);
        const HistoryEntry rolledBack = page->model()->entries().constLast();
        QVERIFY2(rolledBack.description.contains(QString::number(changeId)), qPrintable(rolledBack.description));
        QCOMPARE(rolledBack.outcome, QStringLiteral("applied"));
        QVERIFY(page->isTrusted());

        // Disconnected: this computer's copy, read-only.
        window.hostActions()->disconnectAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.activeHost()->current().state, ActiveHost::State::Disconnected, 30000);
        QVERIFY(page->isShowingCache());
        QCOMPARE(page->model()->rowCount(), before + 2);
        QVERIFY(!page->rollBackAction()->isEnabled());
        saveShot(&window, shot(QStringLiteral("history-cached")));
    }

    // The same tab on the other MTAs: a change applied from the console shows
    // with its diff, and Roll Back puts the file back byte for byte (Sendmail's
    // sendmail.cf, generated from the .mc in the change, with it).
    void sendmailAndQmail_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("line");
        // (the access map is root's alone: the journal keeps no diff of it)
        QTest::newRow("sendmail") << QStringLiteral("lab-sendmail") << QStringLiteral("/etc/mail/sendmail.mc")
                                  << QByteArray("dnl history test");
        QTest::newRow("qmail") << QStringLiteral("lab-qmail") << QStringLiteral("/var/qmail/control/smtpgreeting")
                               << QByteArray("qmail.lab.test history test");
    }
    void sendmailAndQmail()
    {
        QFETCH(QString, profile);
        QFETCH(QString, path);
        QFETCH(QByteArray, line);
        MainWindow window({});
        HistoryPage *page = open(window, profile);
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ActiveHost host = window.activeHost()->current();
        auto read = [&window, &path] {
            const auto file = MtaFiles::load(*window.activeHost()->current().host, path);
            return file ? file->bytes : QByteArray("unreadable: ") + file.error().toString().toUtf8();
        };
        const QByteArray original = read();
        QVERIFY2(!original.startsWith("unreadable"), original.constData());
        const auto entry = std::find_if(host.survey->catalogue.cbegin(), host.survey->catalogue.cend(),
            [&path](const CatalogueEntry &c) { return c.path == path; });
        QVERIFY(entry != host.survey->catalogue.cend());
        // sendmail.mc: one line more at the end; smtpgreeting: the new greeting
        const QByteArray changed
            = path.endsWith(QLatin1String(".mc")) ? QByteArray(original + line + '\n') : QByteArray(line + '\n');
        const int before = page->model()->rowCount();
        const auto cf = MtaFiles::load(*host.host, QStringLiteral("/etc/mail/sendmail.cf"));
        const QByteArray cfBefore = cf ? cf->bytes : QByteArray();
        window.pendingEdits()->edit(
            host.name, FileChange {path, entry->formatType, entry->mapType, original, changed}, QStringLiteral("test"));
        QCOMPARE(applyInDialog(window.applyAction()), ChangeSetRunner::Outcome::Applied);
        QCOMPARE(read(), changed);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == before + 1, 60000);
        const int changeId = page->model()->entries().constLast().id;
        QVERIFY(page->selectEntry(changeId));
        QVERIFY2(page->detailText().contains(QString::fromUtf8("+" + line)), qPrintable(page->detailText()));
        QTRY_VERIFY(page->rollBackAction()->isEnabled());
        const QString lab = profile.mid(4);
        saveShot(&window, shot(QStringLiteral("history-") + lab));

        QCOMPARE(
            applyInDialog(page->rollBackAction(),
                [&](const QString &stage) { return shot(QStringLiteral("history-rollback-%1-%2").arg(lab, stage)); }),
            ChangeSetRunner::Outcome::Applied);
        QCOMPARE(read(), original);
        if (path.endsWith(QLatin1String(".mc"))) // the roll back put the generated file back too
            QCOMPARE(MtaFiles::load(*host.host, QStringLiteral("/etc/mail/sendmail.cf"))->bytes, cfBefore);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == before + 2, 60000);
        QVERIFY(page->isTrusted());
    }

    void darkScheme()
    {
        applyColorScheme(*qApp, ColorScheme::Dark);
        MainWindow window({});
        HistoryPage *page = open(window);
        QVERIFY(page && page->model()->rowCount() > 0);
        saveShot(&window, shot(QStringLiteral("history-postfix-dark")));
        applyColorScheme(*qApp, ColorScheme::Light);
    }
};

QTEST_MAIN(TestHistoryTab)
#include "tst_historytab.moc"
