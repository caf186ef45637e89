// The statistics oracle for Sendmail: N messages sent through the lab's real
// sendmail are N received and N delivered in our figures for the real
// /var/log/mail.log (written by rsyslog), counting only what the log gained
// meanwhile; and the host's own `mailstats` counts the same N over the same
// traffic (the totals row's messages from and to).
#include "labhost.h"
#include "remote/sshhost.h"
#include "stats/loganalysis.h"
#include "stats/mailstatstable.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Stats;
using namespace Mailwarden::Testing;

namespace {

/// The running Sendmail host's root directory, as `lab up` recorded it.
QString sendmailRoot()
{
    QFile env(qEnvironmentVariable("MAILWARDEN_CACHE", QStringLiteral("/var/cache/mailwarden"))
        + QStringLiteral("/lab/run/sendmail.env"));
    if (!env.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : env.readAll().split('\n')) {
        if (line.startsWith("root="))
            return QString::fromUtf8(line.mid(5));
    }
    return {};
}

bool sendMail(const LabHost &lab, int number)
{
    QProcess swaks;
    swaks.start(QStringLiteral("swaks"),
        {QStringLiteral("--server"), lab.profile.address, QStringLiteral("--port"), QString::number(lab.smtpPort),
            QStringLiteral("--helo"), QStringLiteral("client.lab.test"), QStringLiteral("--from"),
            QStringLiteral("tester@client.lab.test"), QStringLiteral("--to"), QStringLiteral("alice@%1").arg(lab.fqdn),
            QStringLiteral("--header"), QStringLiteral("Subject: sendmail oracle %1").arg(number),
            QStringLiteral("--silent"), QStringLiteral("2")});
    return swaks.waitForFinished(30000) && swaks.exitCode() == 0;
}

} // namespace

class TestStatsSendmail : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;
    std::unique_ptr<SshHost> m_host;
    QString m_log;

    std::expected<AnalysisResult, QString> analyzeSince(qint64 offset)
    {
        QFile log(m_log);
        if (!log.open(QIODevice::ReadOnly) || !log.seek(offset))
            return std::unexpected(QStringLiteral("cannot read %1").arg(m_log));
        const QByteArray bytes = log.readAll();
        const QString path = m_scratch.filePath(QStringLiteral("mail.log"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return std::unexpected(QStringLiteral("cannot write %1").arg(path));
        file.close();
        AnalysisOptions options;
        options.mta = MtaKind::Sendmail;
        return analyzeLogs({path}, options);
    }

    std::optional<MailstatsRow> mtaTotals()
    {
        const auto result = m_host->run(Mailwarden::Command {{"/usr/sbin/mailstats", "-P"}, true, {}, {}}).result();
        if (!result || !result->succeeded())
            return std::nullopt;
        const auto sections = parseMailstats(result->out);
        if (!sections)
            return std::nullopt;
        for (const MailstatsSection &s : *sections) {
            if (s.name == QLatin1String("MTA") || sections->size() == 1)
                return s.total;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = labHost(QStringLiteral("sendmail"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        if (QStandardPaths::findExecutable(QStringLiteral("swaks")).isEmpty())
            MW_SKIP_OR_FAIL(QStringLiteral("swaks is not installed (run through scripts/in-env)"));
        m_host = std::make_unique<SshHost>(m_lab->profile, m_lab->credentials(), m_lab->options());
        m_log = sendmailRoot() + QStringLiteral("/var/log/mail.log");
        QVERIFY2(QFile::exists(m_log), qPrintable(m_log));
    }

    void figuresEqualTheMessagesSent_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("1") << 1;
        QTest::newRow("25") << 25;
    }
    void figuresEqualTheMessagesSent()
    {
        QFETCH(int, count);
        const auto statsBefore = mtaTotals();
        QVERIFY(statsBefore);
        const qint64 offset = QFileInfo(m_log).size();
        for (int i = 0; i < count; ++i)
            QVERIFY(sendMail(*m_lab, i));
        // Local delivery and rsyslog take their time: wait until N deliveries are logged.
        std::expected<AnalysisResult, QString> result;
        QTRY_VERIFY_WITH_TIMEOUT((result = analyzeSince(offset)) && result->figures.delivered >= count, 60000);
        QTest::qWait(500); // nothing more may follow
        result = analyzeSince(offset);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->figures.received, std::int64_t(count));
        QCOMPARE(result->figures.delivered, std::int64_t(count));
        QCOMPARE(result->figures.bounced, std::int64_t(0));

        const auto statsAfter = mtaTotals();
        QVERIFY(statsAfter);
        QCOMPARE(statsAfter->messagesFrom - statsBefore->messagesFrom, qint64(count));
        QCOMPARE(statsAfter->messagesTo - statsBefore->messagesTo, qint64(count));
    }
};

QTEST_GUILESS_MAIN(TestStatsSendmail)
#include "tst_statssendmail.moc"
