// Live statistics against the lab Postfix: follow its log over SSH while
// swaks sends 50 messages, rotate the log half-way (`lab rotate-log`: moved
// to .1, a new file, Postfix reopens it, as logrotate does), and
// watch the received and delivered counts rise by exactly 50. Then the same
// log read whole over SSH gives the same figures as reading it locally.
#include "labhost.h"
#include "remote/sshhost.h"
#include "stats/hostlogs.h"
#include "stats/mailstatstable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Stats;
using namespace Mailwarden::Testing;

namespace {

bool sendMail(const LabHost &lab, int number = 0)
{
    QProcess swaks;
    swaks.start(QStringLiteral("swaks"),
        {QStringLiteral("--server"), lab.profile.address, QStringLiteral("--port"), QString::number(lab.smtpPort),
            QStringLiteral("--helo"), QStringLiteral("client.lab.test"), QStringLiteral("--from"),
            QStringLiteral("tester@client.lab.test"), QStringLiteral("--to"), QStringLiteral("alice@%1").arg(lab.fqdn),
            QStringLiteral("--header"), QStringLiteral("Subject: live stats %1").arg(number),
            QStringLiteral("--silent"), QStringLiteral("2")});
    return swaks.waitForFinished(30000) && swaks.exitCode() == 0;
}

} // namespace

class TestStatsLive : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        if (QStandardPaths::findExecutable(QStringLiteral("swaks")).isEmpty())
            MW_SKIP_OR_FAIL(QStringLiteral("swaks is not installed (run through scripts/in-env)"));
    }

    void followsFiftyMessagesAcrossARotation()
    {
        SshHost host(m_lab->profile, m_lab->credentials(), m_lab->options());
        HostLogFollower follower(host, QStringLiteral("/var/log/mail.log"), MtaKind::Postfix);
        QString failure;
        connect(&follower, &HostLogFollower::failed, this, [&failure](const QString &why) { failure = why; });

        // tail -n 0 shows only what comes after it started: send until a line arrives.
        int sent = 0;
        for (int i = 0; i < 20 && follower.lineCount() == 0; ++i) {
            QVERIFY(sendMail(*m_lab, ++sent));
            QTest::qWait(500);
        }
        QVERIFY2(follower.lineCount() > 0, "tail -F never delivered a line");
        // Let the warm-up mail finish, then take the baseline.
        QTest::qWait(2000);
        const StatsFigures before = follower.figures();

        for (int i = 0; i < 50; ++i) {
            QVERIFY(sendMail(*m_lab, ++sent));
            if (i == 24) {
                QProcess rotate;
                rotate.start(QStringLiteral(MW_SOURCE_DIR "/tests/lab/lab"),
                    {QStringLiteral("rotate-log"), QStringLiteral("postfix")});
                QVERIFY(rotate.waitForFinished(60000));
                QVERIFY2(rotate.exitCode() == 0, rotate.readAllStandardError().constData());
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(follower.figures().received - before.received, 50, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(follower.figures().delivered - before.delivered, 50, 30000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(follower.figures().bounced, before.bounced);
    }

    void readsTheWholeLogOverSsh()
    {
        SshHost host(m_lab->profile, m_lab->credentials(), m_lab->options());
        // The current log, over SSH and as a local copy read by the file path reader.
        const auto bytes = host.readFile(QStringLiteral("/var/log/mail.log")).result();
        QVERIFY2(bytes, why(bytes).constData());
        const QString copy = m_scratch.filePath(QStringLiteral("mail.log"));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*bytes);
        file.close();
        AnalysisOptions options;
        options.mta = MtaKind::Postfix;
        const auto local = analyzeLogs({copy}, options);
        QVERIFY(local);
        const auto remote = analyzeHostLogs(host, {QStringLiteral("/var/log/mail.log")}, options).result();
        QVERIFY2(remote, remote ? "" : qPrintable(remote.error())); // the message is evaluated either way
        // The log may have grown between the two reads; a quiet lab gives equal counts.
        QVERIFY(remote->figures.received >= local->figures.received);
        QVERIFY(remote->figures.received <= local->figures.received + 2);
        QVERIFY(local->figures.received > 0);

        const auto missing = analyzeHostLogs(host, {QStringLiteral("/var/log/no-such.log")}, options).result();
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QLatin1String("no-such.log")), qPrintable(missing.error()));

        // No MTA's lines in the first 256 KiB (20 MB of something else): the read stops there.
        Command big;
        big.argv = {"sh", "-c", "yes 'not a mail log line at all' | head -c 20000000 > /tmp/mw-statslive-other.log"};
        QVERIFY(host.run(big).result());
        QElapsedTimer clock;
        clock.start();
        const auto other
            = analyzeHostLogs(host, {QStringLiteral("/tmp/mw-statslive-other.log")}, AnalysisOptions {}).result();
        QVERIFY(!other);
        QVERIFY2(other.error().contains(QLatin1String("MTA")), qPrintable(other.error()));
        qInfo("undetectable 20 MB log refused after %lld ms", static_cast<long long>(clock.elapsed()));
        Command remove;
        remove.argv = {"rm", "-f", "/tmp/mw-statslive-other.log"};
        QVERIFY(host.run(remove).result());
    }

    void sendmailMailstatsCountsADelivery()
    {
        QTemporaryDir scratch;
        const auto sendmail = labHost(QStringLiteral("sendmail"), scratch);
        QVERIFY(sendmail);
        SshHost host(sendmail->profile, sendmail->credentials(), sendmail->options());
        auto table = [&host]() -> std::optional<MailstatsSection> {
            Command command;
            command.argv = {"mailstats", "-P"}; // -P: read without clearing (-p clears)
            command.sudo = true;
            const auto result = host.run(command).result();
            if (!result || result->exitCode != 0)
                return std::nullopt;
            const auto sections = parseMailstats(result->out);
            return sections ? std::optional(sections->last()) : std::nullopt; // the MTA's table
        };
        const auto before = table();
        QVERIFY(before);
        QVERIFY(sendMail(*sendmail));
        std::optional<MailstatsSection> after;
        QTRY_VERIFY_WITH_TIMEOUT((after = table()) && after->total.messagesTo > before->total.messagesTo, 30000);
        qint64 sum = 0;
        for (const MailstatsRow &row : after->mailers)
            sum += row.messagesTo;
        QCOMPARE(sum, after->total.messagesTo);
    }
};

QTEST_GUILESS_MAIN(TestStatsLive)
#include "tst_statslive.moc"
