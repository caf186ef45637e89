// The statistics oracle for qmail: N messages sent through the lab's real
// qmail-smtpd are N received and N delivered in our figures for the real
// qmail-send log (multilog's /var/log/qmail/current), counting only what the
// log gained while they were sent. A wrong parser, a missed line or a double
// count makes the figures differ from N.
#include "labhost.h"
#include "stats/loganalysis.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Stats;
using namespace Mailwarden::Testing;

namespace {

/// The running qmail host's root directory, as `lab up` recorded it.
QString qmailRoot()
{
    QFile env(qEnvironmentVariable("MAILWARDEN_CACHE", QStringLiteral("/var/cache/mailwarden"))
        + QStringLiteral("/lab/run/qmail.env"));
    if (!env.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : env.readAll().split('\n')) {
        if (line.startsWith("root="))
            return QString::fromUtf8(line.mid(5));
    }
    return {};
}

/// The qmail-send log from byte \a offset of the file that was `current`
/// when the offset was taken: if multilog rotated meanwhile, that file is now
/// the newest @….s beside it, and current follows it.
QByteArray logSince(const QString &dir, qint64 offset, qint64 sizeThen)
{
    QFile current(dir + QStringLiteral("/current"));
    if (!current.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = current.readAll();
    if (bytes.size() >= sizeThen)
        return bytes.mid(offset);
    const QStringList rotated = QDir(dir).entryList({QStringLiteral("@*.s")}, QDir::Files, QDir::Name);
    QFile old(dir + QLatin1Char('/') + rotated.value(rotated.size() - 1));
    if (!old.open(QIODevice::ReadOnly))
        return {};
    return old.readAll().mid(offset) + bytes;
}

bool sendMail(const LabHost &lab, int number)
{
    QProcess swaks;
    swaks.start(QStringLiteral("swaks"),
        {QStringLiteral("--server"), lab.profile.address, QStringLiteral("--port"), QString::number(lab.smtpPort),
            QStringLiteral("--helo"), QStringLiteral("client.lab.test"), QStringLiteral("--from"),
            QStringLiteral("tester@client.lab.test"), QStringLiteral("--to"), QStringLiteral("alice@%1").arg(lab.fqdn),
            QStringLiteral("--header"), QStringLiteral("Subject: qmail oracle %1").arg(number),
            QStringLiteral("--silent"), QStringLiteral("2")});
    return swaks.waitForFinished(30000) && swaks.exitCode() == 0;
}

} // namespace

class TestStatsQmail : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;
    QString m_logDir;

    std::expected<AnalysisResult, QString> analyze(const QByteArray &bytes)
    {
        const QString path = m_scratch.filePath(QStringLiteral("qmail-send.log"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return std::unexpected(QStringLiteral("cannot write %1").arg(path));
        file.close();
        AnalysisOptions options;
        options.mta = MtaKind::Qmail;
        return analyzeLogs({path}, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = labHost(QStringLiteral("qmail"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        if (QStandardPaths::findExecutable(QStringLiteral("swaks")).isEmpty())
            MW_SKIP_OR_FAIL(QStringLiteral("swaks is not installed (run through scripts/in-env)"));
        m_logDir = qmailRoot() + QStringLiteral("/var/log/qmail");
        QVERIFY2(QFile::exists(m_logDir + QStringLiteral("/current")), qPrintable(m_logDir));
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
        const qint64 offset = QFileInfo(m_logDir + QStringLiteral("/current")).size();
        for (int i = 0; i < count; ++i)
            QVERIFY(sendMail(*m_lab, i));
        // qmail-send delivers on its own time: wait until N deliveries are logged.
        std::expected<AnalysisResult, QString> result;
        QTRY_VERIFY_WITH_TIMEOUT(
            (result = analyze(logSince(m_logDir, offset, offset))) && result->figures.delivered >= count, 60000);
        QTest::qWait(500); // nothing more may follow
        result = analyze(logSince(m_logDir, offset, offset));
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->figures.received, std::int64_t(count));
        QCOMPARE(result->figures.delivered, std::int64_t(count));
        QCOMPARE(result->figures.bounced, std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestStatsQmail)
#include "tst_statsqmail.moc"
