// ChangeSetRunner against the real lab Postfix (and Sendmail for tables): a change takes effect for a real
// SMTP client, its undo puts the bytes back, a change Postfix rejects is rolled
// back with every catalogue file byte-identical, a concurrent edit is refused,
// and a cancel after the write rolls back.
#include "labhost.h"
#include "mta/changesetrunner.h"
#include "mta/history.h"
#include "mta/mta.h"
#include "mta/mtaedits.h"
#include "remote/safefilewriter.h"
#include "remote/sshhost.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

#include <thread>

namespace Mailwarden {
// The runner's fault hook (changesetrunner.h): tests only.
class ChangeSetRunnerTestSeam
{
public:
    static void setBeforeJob(std::function<void(const QString &)> hook)
    {
        ChangeSetRunner::beforeJobHook() = std::move(hook);
    }
};
} // namespace Mailwarden

using namespace Mailwarden;
using namespace Mailwarden::Testing;
using Outcome = ChangeSetRunner::Outcome;
Q_DECLARE_METATYPE(Outcome)

class TestChangeSet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;
    std::unique_ptr<SshHost> m_host;
    const Mta *m_mta = MtaRegistry::forKind(MtaKind::Postfix);
    QList<CatalogueEntry> m_catalogue;
    bool m_dirty = false;

    QByteArray read(const QString &path)
    {
        const auto bytes = m_host->readFile(path).result();
        return bytes ? *bytes : QByteArray("<unreadable>");
    }

    // SHA-256 of every catalogue file: the host's state as far as a change could touch it.
    QMap<QString, QByteArray> state()
    {
        QMap<QString, QByteArray> out;
        for (const CatalogueEntry &e : m_catalogue)
            out.insert(e.path, QCryptographicHash::hash(read(e.path), QCryptographicHash::Sha256).toHex());
        return out;
    }

    CatalogueEntry entry(const QString &name)
    {
        for (const CatalogueEntry &e : m_catalogue) {
            if (e.path.endsWith(QLatin1Char('/') + name))
                return e;
        }
        return {};
    }

    ChangeSet option(const QByteArray &name, const QByteArray &value)
    {
        const auto change = MtaEdits::setPostfixParameter(
            QStringLiteral("/etc/postfix/main.cf"), read(QStringLiteral("/etc/postfix/main.cf")), name, value);
        ChangeSet set(MtaKind::Postfix, QString::fromUtf8(name + " = " + value));
        if (change)
            set.addFile(*change);
        return set;
    }

    Outcome apply(const ChangeSet &set, QString *report = nullptr)
    {
        ChangeSetRunner runner(*m_host, *m_mta, set);
        runner.start();
        const Outcome outcome = runner.wait();
        if (report)
            *report = runner.report().toText();
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        m_host = std::make_unique<SshHost>(m_lab->profile, m_lab->credentials(), m_lab->options());
        const auto catalogue = m_mta->catalogue(*m_host).result();
        QVERIFY2(catalogue, why(catalogue).constData());
        m_catalogue = *catalogue;
    }

    void cleanup()
    {
        ChangeSetRunnerTestSeam::setBeforeJob({});
        m_dirty = m_dirty || QTest::currentTestFailed();
    }

    void cleanupTestCase()
    {
        // Every test undoes its change; one that failed half-way may not have.
        if (m_dirty)
            QProcess::execute(
                QStringLiteral(MW_SOURCE_DIR "/tests/lab/lab"), {QStringLiteral("reset"), QStringLiteral("postfix")});
    }

    void optionTakesEffectAndUndoes()
    {
        const QByteArray original = read(QStringLiteral("/etc/postfix/main.cf"));
        const ChangeSet set = option("disable_vrfy_command", "no");
        QCOMPARE(set.files().size(), 1);
        QString report;
        QCOMPARE(apply(set, &report), Outcome::Applied);
        QVERIFY2(report.contains(QLatin1String("postfix reload")), qPrintable(report));
        QCOMPARE(smtpReplyCodes(m_lab->smtpPort, {"EHLO test.example", "VRFY alice@postfix.lab.test", "QUIT"}).value(2),
            252);
        QCOMPARE(apply(set.undo()), Outcome::Applied);
        QCOMPARE(smtpReplyCodes(m_lab->smtpPort, {"EHLO test.example", "VRFY alice@postfix.lab.test", "QUIT"}).value(2),
            502);
        QCOMPARE(read(QStringLiteral("/etc/postfix/main.cf")), original);
    }

    void accessTableRejectsAfterRebuild_data()
    {
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("rebuild");
        QTest::addColumn<int>("refused");
        QTest::newRow("postfix-sender_access")
            << QStringLiteral("postfix") << QStringLiteral("sender_access") << QByteArray("blocked@example.org")
            << QByteArray("REJECT") << QStringLiteral("postmap hash:/etc/postfix/sender_access") << 554;
        QTest::newRow("sendmail-access") << QStringLiteral("sendmail") << QStringLiteral("access")
                                         << QByteArray("From:blocked@example.org") << QByteArray("REJECT")
                                         << QStringLiteral("makemap hash /etc/mail/access") << 550;
    }
    void accessTableRejectsAfterRebuild()
    {
        QFETCH(QString, hostName);
        QFETCH(QString, table);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        QFETCH(QString, rebuild);
        QFETCH(int, refused);
        std::optional<LabHost> lab = labHost(hostName, m_scratch);
        QVERIFY(lab);
        SshHost host(lab->profile, lab->credentials(), lab->options());
        const Mta *mta
            = MtaRegistry::forKind(hostName == QLatin1String("postfix") ? MtaKind::Postfix : MtaKind::Sendmail);
        const auto catalogue = mta->catalogue(host).result();
        QVERIFY2(catalogue, why(catalogue).constData());
        CatalogueEntry entry;
        for (const CatalogueEntry &e : *catalogue) {
            if (e.path.endsWith(QLatin1Char('/') + table))
                entry = e;
        }
        QCOMPARE(entry.mapType, QStringLiteral("hash"));
        // /etc/mail/access is root:smmsp 0640: read through the root-file helper
        const auto content = host.readFile(entry.path, Host::Access::Root).result();
        QVERIFY2(content, why(content).constData());
        const auto change = MtaEdits::setTableEntry(entry, *content, key, value);
        QVERIFY2(change, qPrintable(change ? QString() : change.error()));
        ChangeSet set(mta->kind(), QStringLiteral("block a sender"));
        set.addFile(*change);
        const QByteArrayList dialogue {"EHLO test.example", "MAIL FROM:<blocked@example.org>",
            "RCPT TO:<alice@" + lab->fqdn.toUtf8() + ">", "QUIT"};
        QCOMPARE(smtpReplyCodes(lab->smtpPort, dialogue).value(3), 250);
        auto run = [&](const ChangeSet &changes, QString *report = nullptr) {
            ChangeSetRunner runner(host, *mta, changes);
            runner.start();
            const Outcome outcome = runner.wait();
            if (report)
                *report = runner.report().toText();
            return outcome;
        };
        QString report;
        QCOMPARE(run(set, &report), Outcome::Applied);
        QVERIFY2(report.contains(rebuild), qPrintable(report));
        QCOMPARE(smtpReplyCodes(lab->smtpPort, dialogue).value(3), refused);
        QCOMPARE(run(set.undo()), Outcome::Applied);
        QCOMPARE(smtpReplyCodes(lab->smtpPort, dialogue).value(3), 250);
        QCOMPARE(host.readFile(entry.path, Host::Access::Root).result().value_or(QByteArray()), *content);
    }

    // Sendmail's PrivacyOptions through the .mc: m4 builds the new sendmail.cf,
    // `sendmail -C NEW -bt` loads it, then both files are installed; the undo
    // of what ran puts both back byte for byte (no second m4 run).
    void sendmailPrivacyThroughTheMc()
    {
        std::optional<LabHost> lab = labHost(QStringLiteral("sendmail"), m_scratch);
        QVERIFY(lab);
        SshHost host(lab->profile, lab->credentials(), lab->options());
        const Mta *mta = MtaRegistry::forKind(MtaKind::Sendmail);
        const QString mcPath = QStringLiteral("/etc/mail/sendmail.mc"),
                      cfPath = QStringLiteral("/etc/mail/sendmail.cf");
        const QByteArray mc = host.readFile(mcPath, Host::Access::Root).result().value_or(QByteArray());
        const QByteArray cf = host.readFile(cfPath, Host::Access::Root).result().value_or(QByteArray());
        QVERIFY(!mc.isEmpty() && !cf.isEmpty());
        const QByteArrayList dialogue {"EHLO test.example", "VRFY postmaster", "EXPN postmaster", "QUIT"};
        const QList<int> before = smtpReplyCodes(lab->smtpPort, dialogue);
        QCOMPARE(before.value(2), 250);

        const auto change = MtaEdits::setSendmailDefine(mcPath, mc, "confPRIVACY_FLAGS", "authwarnings,novrfy,noexpn");
        QVERIFY2(change, qPrintable(change ? QString() : change.error()));
        ChangeSet set(MtaKind::Sendmail, QStringLiteral("novrfy, noexpn"));
        set.addFile(*change);
        ChangeSetRunner runner(host, *mta, set);
        runner.start();
        QCOMPARE(runner.wait(), Outcome::Applied);
        QCOMPARE(runner.appliedChanges().files().size(), 2);
        const QByteArray newCf = host.readFile(cfPath, Host::Access::Root).result().value_or(QByteArray());
        QVERIFY(newCf.contains("O PrivacyOptions=authwarnings,novrfy,noexpn"));
        const QList<int> after = smtpReplyCodes(lab->smtpPort, dialogue);
        QCOMPARE(after.value(2), 252);
        QCOMPARE(after.value(3), 502);

        ChangeSetRunner undo(host, *mta, runner.appliedChanges().undo());
        undo.start();
        QCOMPARE(undo.wait(), Outcome::Applied);
        QCOMPARE(host.readFile(mcPath, Host::Access::Root).result().value_or(QByteArray()), mc);
        QCOMPARE(host.readFile(cfPath, Host::Access::Root).result().value_or(QByteArray()), cf);
        QCOMPARE(smtpReplyCodes(lab->smtpPort, dialogue), before);
    }

    void sendmailBrokenMcIsRefused()
    {
        std::optional<LabHost> lab = labHost(QStringLiteral("sendmail"), m_scratch);
        QVERIFY(lab);
        SshHost host(lab->profile, lab->credentials(), lab->options());
        const QString mcPath = QStringLiteral("/etc/mail/sendmail.mc");
        const QByteArray mc = host.readFile(mcPath, Host::Access::Root).result().value_or(QByteArray());
        // m4 stops at an include that does not exist: nothing may be written.
        ChangeSet set(MtaKind::Sendmail, QStringLiteral("broken include"));
        set.addFile({mcPath, QStringLiteral("sendmail-mc"), {}, mc, mc + "include(`/nonexistent/mailwarden.m4')dnl\n"});
        ChangeSetRunner runner(host, *MtaRegistry::forKind(MtaKind::Sendmail), set);
        runner.start();
        QCOMPARE(runner.wait(), Outcome::Refused);
        QVERIFY2(runner.report().toText().contains(QLatin1String("m4")), qPrintable(runner.report().toText()));
        QCOMPARE(host.readFile(mcPath, Host::Access::Root).result().value_or(QByteArray()), mc);
    }

    // qmail: the banner from control/smtpgreeting, relaying for 127.0.0.3 through
    // a tcp.smtp RELAYCLIENT rule (tcprules rebuilds the cdb in the run).
    void qmailGreetingAndRelay()
    {
        std::optional<LabHost> lab = labHost(QStringLiteral("qmail"), m_scratch);
        QVERIFY(lab);
        SshHost host(lab->profile, lab->credentials(), lab->options());
        const Mta *mta = MtaRegistry::forKind(MtaKind::Qmail);
        auto run = [&](const ChangeSet &changes) {
            ChangeSetRunner runner(host, *mta, changes);
            runner.start();
            const Outcome outcome = runner.wait();
            if (outcome != Outcome::Applied)
                qWarning().noquote() << runner.report().toText();
            return outcome;
        };
        auto greeting = [&]() {
            QTcpSocket socket;
            socket.connectToHost(QStringLiteral("127.0.0.1"), lab->smtpPort);
            return socket.waitForConnected(5000) && socket.waitForReadyRead(10000) ? socket.readLine().trimmed()
                                                                                   : QByteArray();
        };
        const QString greetingPath = QStringLiteral("/var/qmail/control/smtpgreeting");
        const QByteArray oldGreeting = host.readFile(greetingPath, Host::Access::Root).result().value_or(QByteArray());
        ChangeSet banner(MtaKind::Qmail, QStringLiteral("banner"));
        banner.addFile({greetingPath, QStringLiteral("qmail-control"), {}, oldGreeting, "mail.example.org\n"});
        QCOMPARE(run(banner), Outcome::Applied);
        QCOMPARE(greeting(), QByteArray("220 mail.example.org ESMTP")); // qmail-smtpd adds ESMTP
        QCOMPARE(run(banner.undo()), Outcome::Applied);
        QVERIFY(greeting().startsWith(QByteArray("220 " + oldGreeting.trimmed())));

        const QString rulesPath = QStringLiteral("/etc/tcp.smtp");
        const QByteArray rules = host.readFile(rulesPath, Host::Access::Root).result().value_or(QByteArray());
        QVERIFY(!rules.isEmpty());
        const QByteArrayList relay {
            "HELO test.example", "MAIL FROM:<a@example.org>", "RCPT TO:<someone@outside.example>", "QUIT"};
        QCOMPARE(smtpReplyCodes(lab->smtpPort, relay).value(3), 553);
        ChangeSet open(MtaKind::Qmail, QStringLiteral("relay for 127.0.0.3"));
        open.addFile({rulesPath, QStringLiteral("qmail-tcprules"), QStringLiteral("cdb"), rules,
            "127.0.0.3:allow,RELAYCLIENT=\"\"\n" + rules});
        QCOMPARE(run(open), Outcome::Applied);
        QCOMPARE(smtpReplyCodes(lab->smtpPort, relay).value(3), 250);
        QCOMPARE(run(open.undo()), Outcome::Applied);
        QCOMPARE(smtpReplyCodes(lab->smtpPort, relay).value(3), 553);
        QCOMPARE(host.readFile(rulesPath, Host::Access::Root).result().value_or(QByteArray()), rules);
    }

    // A raw edit of sendmail.cf that sendmail cannot load never reaches the host.
    void sendmailBrokenCfIsRefused()
    {
        std::optional<LabHost> lab = labHost(QStringLiteral("sendmail"), m_scratch);
        QVERIFY(lab);
        SshHost host(lab->profile, lab->credentials(), lab->options());
        const QString cfPath = QStringLiteral("/etc/mail/sendmail.cf");
        const QByteArray cf = host.readFile(cfPath, Host::Access::Root).result().value_or(QByteArray());
        QVERIFY(!cf.isEmpty());
        ChangeSet set(MtaKind::Sendmail, QStringLiteral("unknown option"));
        set.addFile({cfPath, QStringLiteral("sendmail-cf"), {}, cf, cf + "O NoSuchOption=1\n"});
        QVERIFY(!set.validate()); // our parser takes any O line; sendmail does not
        ChangeSetRunner runner(host, *MtaRegistry::forKind(MtaKind::Sendmail), set);
        runner.start();
        QCOMPARE(runner.wait(), Outcome::Refused);
        QVERIFY2(
            runner.report().toText().contains(QLatin1String("NoSuchOption")), qPrintable(runner.report().toText()));
        QCOMPARE(host.readFile(cfPath, Host::Access::Root).result().value_or(QByteArray()), cf);
    }

    void rejectedConfigurationIsRolledBack()
    {
        const auto before = state();
        QString report;
        QCOMPARE(apply(option("message_size_limit", "banana"), &report), Outcome::RolledBack);
        QVERIFY2(report.contains(QLatin1String("Roll back")), qPrintable(report));
        QCOMPARE(state(), before);
        QCOMPARE(smtpReplyCodes(m_lab->smtpPort, {"QUIT"}).value(0), 220);
    }

    void concurrentEditIsRefused()
    {
        const QString path = QStringLiteral("/etc/postfix/main.cf");
        const QByteArray original = read(path);
        const ChangeSet set = option("smtpd_banner", "$myhostname ESMTP");
        // Someone else edits main.cf between our load and our apply.
        const QByteArray theirs = original + "# edited by someone else\n";
        SafeWriteRequest other {path, theirs, SafeFileWriter::sha256Hex(original), Host::Access::Root};
        QVERIFY(SafeFileWriter::write(*m_host, other).result());
        QString report;
        QCOMPARE(apply(set, &report), Outcome::Refused);
        QVERIFY2(report.contains(QLatin1String("changed on the host")), qPrintable(report));
        QCOMPARE(read(path), theirs);
        SafeWriteRequest back {path, original, SafeFileWriter::sha256Hex(theirs), Host::Access::Root};
        QVERIFY(SafeFileWriter::write(*m_host, back).result());
    }

    void historyDriftAndRollback()
    {
        const QString path = QStringLiteral("/etc/postfix/main.cf");
        const QByteArray original = read(path);
        auto journal
            = [this] { return HistoryJournal::read(*m_host, MtaKind::Postfix).value_or(QList<HistoryEntry>()); };
        const qsizetype start = journal().size();

        const ChangeSet set = option("disable_vrfy_command", "no");
        QCOMPARE(apply(set), Outcome::Applied);
        QList<HistoryEntry> entries = journal();
        QCOMPARE(entries.size(), start + 1);
        QCOMPARE(HistoryJournal::verify(entries), 0);
        const HistoryEntry applied = entries.last();
        QCOMPARE(applied.outcome, QStringLiteral("applied"));
        QCOMPARE(applied.files.size(), 1);
        QCOMPARE(applied.files[0].beforeSha256, SafeFileWriter::sha256Hex(original));
        QVERIFY(applied.diff.contains(QLatin1String("+disable_vrfy_command = no")));
        QCOMPARE(SafeFileWriter::sha256Hex(
                     m_host->readFile(applied.files[0].backup, Host::Access::Root).result().value_or(QByteArray())),
            applied.files[0].beforeSha256);

        // Roll it back from the journal: a new change that puts the backup back.
        const auto back = rollbackChangeSet(*m_host, MtaKind::Postfix, entries, applied.id, set.files());
        QVERIFY2(back, qPrintable(back ? QString() : back.error()));
        QCOMPARE(apply(*back), Outcome::Applied);
        QCOMPARE(read(path), original);
        QCOMPARE(smtpReplyCodes(m_lab->smtpPort, {"EHLO test.example", "VRFY alice@postfix.lab.test", "QUIT"}).value(2),
            502);
        QCOMPARE(journal().size(), start + 2);

        // A change, then an edit outside Mailwarden: drift, and no roll back over it.
        QCOMPARE(apply(option("disable_vrfy_command", "no")), Outcome::Applied);
        const QByteArray changed = read(path);
        QVERIFY(findDrift(*m_host, journal()).value_or(QList<Drift> {Drift {}}).isEmpty());
        const QByteArray outside = changed + "# by hand\n";
        QVERIFY(SafeFileWriter::write(*m_host, {path, outside, SafeFileWriter::sha256Hex(changed), Host::Access::Root})
                .result());
        entries = journal();
        const auto drift = findDrift(*m_host, entries);
        QVERIFY(drift);
        QCOMPARE(drift->size(), 1);
        QCOMPARE(drift->first().path, path);
        QCOMPARE(drift->first().entryId, entries.last().id);
        QCOMPARE(drift->first().currentSha256, SafeFileWriter::sha256Hex(outside));
        const auto refused = rollbackChangeSet(*m_host, MtaKind::Postfix, entries, entries.last().id);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QLatin1String("changed since")));

        // Put main.cf back as the test found it.
        QVERIFY(SafeFileWriter::write(*m_host, {path, original, SafeFileWriter::sha256Hex(outside), Host::Access::Root})
                .result());
        QVERIFY(m_host->run(Mailwarden::Command {{"/usr/sbin/postfix", "reload"}, true, {}, {}}).result());
    }

    // The SSH connection cut (the server side killed) right before each job:
    // main.cf ends exactly old or exactly new, never a mix, the outcome says
    // which, and the journal records what happened.
    void connectionCutAtEachJob_data()
    {
        QTest::addColumn<QString>("job");
        QTest::addColumn<int>("delayMs"); // > 0: cut while the job's command runs
        QTest::addColumn<Outcome>("expected");
        // Between jobs the host reconnects on demand and the run goes on.
        for (const char *job : {"write", "rebuild", "validate", "reload", "verify"})
            QTest::addRow("before-%s", job) << QString::fromLatin1(job) << 0 << Outcome::Applied;
        // In the middle of `postfix check` (about 2 s): the job fails, the roll back
        // reconnects and restores.
        QTest::newRow("during-validate") << QStringLiteral("validate") << 700 << Outcome::RolledBack;
    }
    void connectionCutAtEachJob()
    {
        QFETCH(QString, job);
        QFETCH(int, delayMs);
        QFETCH(Outcome, expected);
        const QString path = QStringLiteral("/etc/postfix/main.cf");
        const QByteArray original = read(path);
        const ChangeSet set = option("disable_vrfy_command", "no");
        const QByteArray changed = set.files().value(0).after;
        const qsizetype journalBefore
            = HistoryJournal::read(*m_host, MtaKind::Postfix).value_or(QList<HistoryEntry>()).size();
        ChangeSetRunner runner(*m_host, *m_mta, set);
        QList<qint64> cut;
        std::thread cutter;
        ChangeSetRunnerTestSeam::setBeforeJob([&](const QString &name) {
            if (name != job)
                return;
            if (delayMs == 0) {
                cut = cutOwnConnections(m_lab->profile.port);
                return;
            }
            cutter = std::thread([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
                cut = cutOwnConnections(m_lab->profile.port);
            });
        });
        runner.start();
        const Outcome outcome = runner.wait();
        if (cutter.joinable())
            cutter.join();
        QVERIFY2(!cut.isEmpty(), "no connection was cut");
        QCOMPARE(outcome, expected);
        const QString report = runner.report().toText();
        const QByteArray now = read(path);
        QVERIFY2(now == original || now == changed, qPrintable(report));
        if (outcome == Outcome::Applied) {
            QCOMPARE(now, changed);
        } else {
            QVERIFY2(outcome == Outcome::RolledBack || outcome == Outcome::Refused, qPrintable(report));
            QCOMPARE(now, original);
        }
        const QList<HistoryEntry> journal
            = HistoryJournal::read(*m_host, MtaKind::Postfix).value_or(QList<HistoryEntry>());
        QCOMPARE(HistoryJournal::verify(journal), 0);
        if (journal.size() > journalBefore) // a run that wrote says how it ended
            QCOMPARE(journal.last().outcome,
                outcome == Outcome::Applied ? QStringLiteral("applied") : QStringLiteral("rolled-back"));
        if (now == changed) { // put it back for the next row
            ChangeSetRunnerTestSeam::setBeforeJob({});
            ChangeSet back(MtaKind::Postfix, QStringLiteral("back"));
            back.addFile({path, QStringLiteral("postfix-main"), {}, changed, original});
            QCOMPARE(apply(back), Outcome::Applied);
        }
        QCOMPARE(smtpReplyCodes(m_lab->smtpPort, {"EHLO test.example", "VRFY alice@postfix.lab.test", "QUIT"}).value(2),
            502);
    }

    void cancelAfterWriteRollsBack_data()
    {
        QTest::addColumn<QString>("job");
        QTest::newRow("before-rebuild") << QStringLiteral("rebuild");
        QTest::newRow("before-reload") << QStringLiteral("reload");
    }
    void cancelAfterWriteRollsBack()
    {
        QFETCH(QString, job);
        const auto before = state();
        const ChangeSet set = option("disable_vrfy_command", "no");
        QVERIFY(!set.isEmpty());
        ChangeSetRunner runner(*m_host, *m_mta, set);
        ChangeSetRunnerTestSeam::setBeforeJob([&](const QString &name) {
            if (name == job)
                runner.cancel();
        });
        runner.start();
        QCOMPARE(runner.wait(), Outcome::Cancelled);
        QVERIFY2(runner.report().toText().contains(QLatin1String("Roll back")), qPrintable(runner.report().toText()));
        QCOMPARE(state(), before);
        QCOMPARE(smtpReplyCodes(m_lab->smtpPort, {"EHLO test.example", "VRFY alice@postfix.lab.test", "QUIT"}).value(2),
            502);
    }
};

QTEST_GUILESS_MAIN(TestChangeSet)
#include "tst_changeset.moc"
