// The hardening audit and its fixes on the lab Sendmail and qmail, through the
// CLI as an admin uses it (the Postfix walk is tst_hardening): each host is
// weakened the way careless installs are (WeakenedHost), the audit finds every
// weakness, the recommended plan fixes all of it and the probes confirm from
// outside, and the journal's rollback restores the weakened files exactly.
// Each test function runs for Sendmail, then qmail (the data row's tag).
#include "clirunner.h"
#include "hardeninglab.h"
#include "labhost.h"
#include "remote/sshhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {

// From 127.0.0.4: not the audits' source addresses.
const QHostAddress kOutsider(QStringLiteral("127.0.0.4"));

QString findingStatus(const QJsonObject &audit, const QString &rule)
{
    for (const QJsonValue &v : audit.value(QStringLiteral("findings")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == rule)
            return v.toObject().value(QStringLiteral("status")).toString();
    }
    return QStringLiteral("missing");
}

// The rows of every test function: its tag names the lab host.
void hosts()
{
    QTest::addColumn<int>("unused");
    QTest::newRow("sendmail") << 0;
    QTest::newRow("qmail") << 0;
}

} // namespace

class TestHardeningMtas : public QObject
{
    Q_OBJECT

    struct Lab {
        LabHost host;
        std::unique_ptr<SshHost> ssh;
        std::unique_ptr<WeakenedHost> weakened;
    };
    QTemporaryDir m_scratch;
    CliRunner m_cli;
    std::map<QString, Lab> m_labs; ///< by CLI host name: "sendmail", "qmail"

    // The lab of the test function's data row ("sendmail" or "qmail").
    QString host() const { return QString::fromLatin1(QTest::currentDataTag()); }
    Lab &lab() { return m_labs.at(host()); }
    CliRunner::Result cli(QStringList args)
    {
        args << QStringLiteral("--known-hosts") << lab().host.knownHostsFile;
        return m_cli.run(args);
    }
    QStringList auditArgs(const char *command, const char *source)
    {
        return {QString::fromLatin1(command), host(), QStringLiteral("--role"), QStringLiteral("internal"),
            QStringLiteral("--source"), QString::fromLatin1(source)};
    }
    QJsonObject audit(const char *source)
    {
        const CliRunner::Result r = cli(auditArgs("audit", source) << QStringLiteral("--json"));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        if (json.isEmpty())
            qWarning().noquote() << r.err;
        return json;
    }
    int replyTo(const QByteArrayList &commands) { return lastReplyCode(lab().host.smtpPort, kOutsider, commands); }
    // What the weakened host grants a stranger (2xx) and the hardened one refuses (5xx):
    // Sendmail expands an alias (EXPN), qmail relays (RELAYCLIENT for every client).
    static QByteArrayList weakSpot(const QString &host)
    {
        if (host == QLatin1String("sendmail"))
            return {"EXPN root"};
        return {"MAIL FROM:<a@example.org>", "RCPT TO:<b@example.net>"};
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const auto &[name, kind] : {std::pair(QStringLiteral("sendmail"), MtaKind::Sendmail),
                 std::pair(QStringLiteral("qmail"), MtaKind::Qmail)}) {
            auto host = labHost(name, m_scratch);
            if (!host)
                MW_SKIP_OR_FAIL(labProblem());
            Lab &lab = m_labs[name];
            lab.host = *host;
            lab.ssh = std::make_unique<SshHost>(host->profile, host->credentials(), host->options());
            const CliRunner::Result added = m_cli.addHost(name, *host);
            QVERIFY2(added.exitCode == 0, added.err.constData());
            lab.weakened = std::make_unique<WeakenedHost>(*lab.ssh, kind);
            const auto weakened = lab.weakened->weaken();
            QVERIFY2(!weakened, qPrintable(name + QLatin1String(": ") + weakened.value_or(QString())));
            QCOMPARE(lastReplyCode(host->smtpPort, kOutsider, weakSpot(name)) / 100, 2); // weakened for real
        }
    }

    void cleanupTestCase()
    {
        for (auto &[name, lab] : m_labs) {
            const auto restored = lab.weakened ? lab.weakened->restore() : std::nullopt;
            QVERIFY2(!restored, qPrintable(name + QLatin1String(": ") + restored.value_or(QString())));
        }
    }

    void auditFindsEveryWeakness_data() { hosts(); }
    void auditFindsEveryWeakness()
    {
        const CliRunner::Result text = cli(auditArgs("audit", "127.0.0.3"));
        QCOMPARE(text.exitCode, 1); // a high finding: the open relay
        qInfo().noquote() << text.out;
        const QJsonObject json = audit("127.0.0.3");
        QVERIFY(json.value(QStringLiteral("highFailure")).toBool());
        for (const QString &rule : lab().weakened->weakRules())
            QVERIFY2(findingStatus(json, rule) == QLatin1String("fail"), qPrintable(rule));
        for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("id")) == QLatin1String("relay.open")) // the SMTP exchange is the evidence
                QVERIFY(f.value(QStringLiteral("transcript")).toString().contains(QLatin1String("RCPT TO")));
        }
    }

    void recommendedPlanFixesAll_data() { hosts(); }
    void recommendedPlanFixesAll()
    {
        const QString host = this->host();
        const QString plan = m_scratch.filePath(host + QLatin1String("-plan.json"));
        CliRunner::Result r = cli(auditArgs("harden", "127.0.0.3") << QStringLiteral("--plan") << plan);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        qInfo().noquote() << r.out;
        for (const QString &path : lab().weakened->paths()) // a plan changes nothing
            QVERIFY2(lab().weakened->read(path) == lab().weakened->weak(path), qPrintable(path));

        const QString report = m_scratch.filePath(host + QLatin1String("-report.html"));
        r = cli(auditArgs("harden", "127.0.0.6")
            << QStringLiteral("--apply") << plan << QStringLiteral("--report") << report);
        qInfo().noquote() << r.out << r.err;
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Every fixed rule passes now."));
        QVERIFY(QFile::exists(report));

        // the probes agree from outside: no relaying, and on Sendmail no VRFY or EXPN answer
        QCOMPARE(replyTo({"MAIL FROM:<a@example.org>", "RCPT TO:<b@example.net>"}) / 100, 5);
        QCOMPARE(replyTo(weakSpot(host)) / 100, 5);
        if (host == QLatin1String("sendmail")) {
            QCOMPARE(replyTo({"VRFY root"}), 252);
            QCOMPARE(replyTo({"EXPN root"}), 502);
        }
        const QJsonObject after = audit("127.0.0.5");
        for (const QString &rule : lab().weakened->weakRules())
            QVERIFY2(findingStatus(after, rule) == QLatin1String("pass"), qPrintable(rule));
        QVERIFY(!after.value(QStringLiteral("highFailure")).toBool());
        // and the audit as the admin reads it
        qInfo().noquote() << cli(auditArgs("audit", "127.0.0.5")).out;
    }

    void rollbackRestoresTheWeakenedFiles_data() { hosts(); }
    void rollbackRestoresTheWeakenedFiles()
    {
        const QString host = this->host();
        const CliRunner::Result history = cli({QStringLiteral("history"), host, QStringLiteral("--json")});
        QVERIFY2(history.exitCode == 0, history.err.constData());
        const qsizetype last = QJsonDocument::fromJson(history.out).array().size();
        QVERIFY(last >= 1);
        const CliRunner::Result r = cli({QStringLiteral("rollback"), host, QString::number(last)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const QString &path : lab().weakened->paths())
            QVERIFY2(lab().weakened->read(path) == lab().weakened->weak(path), qPrintable(path));
        QCOMPARE(replyTo(weakSpot(host)) / 100, 2); // open again
    }
};

QTEST_GUILESS_MAIN(TestHardeningMtas)
#include "tst_hardeningmtas.moc"
