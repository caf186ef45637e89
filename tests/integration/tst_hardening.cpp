// The hardening audit and its fixes on the lab Postfix, through the CLI as an
// admin uses it: a host weakened the way careless installs are (open relay
// through mynetworks, VRFY answered, a banner with the version, no size limit,
// TLS 1.0 allowed, no postmaster alias) is found out rule by rule with
// evidence; the recommended plan fixes all of it, verified by the probes again;
// a plan that breaks validation is refused with the host byte-identical; the
// journal's rollback restores the weakened files exactly.
#include "clirunner.h"
#include "labhost.h"
#include "mta/changeset.h"
#include "mta/changesetrunner.h"
#include "mta/mta.h"
#include "mta/mtaedits.h"
#include "remote/sshhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {

const QString kMainCf = QStringLiteral("/etc/postfix/main.cf");
const QString kAliases = QStringLiteral("/etc/aliases");

// The reply code to \a commands after EHLO, from 127.0.0.4: outside mynetworks,
// and not the audit's 127.0.0.3, whose probes count against the connection
// rate limit the plan sets.
int replyTo(quint16 port, const QByteArrayList &commands)
{
    QTcpSocket socket;
    socket.bind(QHostAddress(QStringLiteral("127.0.0.4")));
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return -1;
    int code = -1;
    const auto reply = [&] {
        QByteArray line;
        do {
            while (!socket.canReadLine())
                if (!socket.waitForReadyRead(10000))
                    return -1;
            line = socket.readLine();
        } while (line.size() > 3 && line.at(3) == '-');
        return line.left(3).toInt();
    };
    code = reply();
    for (const QByteArray &c : QByteArrayList {"EHLO probe.example.org"} + commands) {
        socket.write(c + "\r\n");
        code = reply();
    }
    socket.write("QUIT\r\n");
    return code;
}

} // namespace

class TestHardeningLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    std::optional<LabHost> m_postfix;
    std::unique_ptr<SshHost> m_host;
    CliRunner m_cli;
    QByteArray m_mainCf, m_aliases; // as the lab had them
    QByteArray m_weakMainCf, m_weakAliases;

    CliRunner::Result cli(QStringList args)
    {
        args << QStringLiteral("--known-hosts") << m_postfix->knownHostsFile;
        return m_cli.run(args);
    }
    QStringList auditArgs(const char *command)
    {
        return {QString::fromLatin1(command), QStringLiteral("pf"), QStringLiteral("--role"),
            QStringLiteral("internal"), QStringLiteral("--source"), QStringLiteral("127.0.0.3")};
    }
    QByteArray read(const QString &path)
    {
        return m_host->readFile(path).result().value_or(QByteArray("<unreadable>"));
    }
    bool apply(const ChangeSet &set)
    {
        ChangeSetRunner runner(*m_host, *MtaRegistry::forKind(MtaKind::Postfix), set);
        runner.start();
        const bool ok = runner.wait() == ChangeSetRunner::Outcome::Applied;
        if (!ok)
            qWarning().noquote() << runner.report().toText();
        return ok;
    }
    QJsonObject audit(const QString &source = QStringLiteral("127.0.0.3"))
    {
        QStringList args = auditArgs("audit") << QStringLiteral("--json");
        args[args.indexOf(QStringLiteral("127.0.0.3"))] = source;
        const CliRunner::Result r = cli(args);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        if (json.isEmpty())
            qWarning().noquote() << r.err;
        return json;
    }
    static QString status(const QJsonObject &audit, const char *rule)
    {
        for (const QJsonValue &v : audit.value(QStringLiteral("findings")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String(rule))
                return v.toObject().value(QStringLiteral("status")).toString();
        }
        return QStringLiteral("missing");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_postfix = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_postfix)
            MW_SKIP_OR_FAIL(labProblem());
        m_host = std::make_unique<SshHost>(m_postfix->profile, m_postfix->credentials(), m_postfix->options());
        const CliRunner::Result added = m_cli.addHost(QStringLiteral("pf"), *m_postfix);
        QVERIFY2(added.exitCode == 0, added.err.constData());
        m_mainCf = read(kMainCf);
        m_aliases = read(kAliases);
        QVERIFY(m_aliases.contains("postmaster:"));

        // Weaken it as one transaction, so cleanup can undo it as one.
        QByteArray cf = m_mainCf;
        for (const auto &[name, value] :
            QList<std::pair<QByteArray, QByteArray>> {{"mynetworks", "127.0.0.2/32 0.0.0.0/0"},
                {"disable_vrfy_command", "no"}, {"smtpd_banner", "$myhostname ESMTP $mail_name ($mail_version)"},
                {"message_size_limit", "0"}, {"smtpd_tls_protocols", "!SSLv2, !SSLv3"}}) {
            const auto change = MtaEdits::setPostfixParameter(kMainCf, cf, name, value);
            QVERIFY2(change, qPrintable(change ? QString() : change.error()));
            cf = change->after;
        }
        CatalogueEntry aliases;
        aliases.path = kAliases;
        aliases.formatType = QStringLiteral("aliases");
        aliases.mapType = QStringLiteral("hash");
        aliases.group = CatalogueEntry::Group::Aliases;
        const auto noPostmaster = MtaEdits::removeTableEntry(aliases, m_aliases, "postmaster");
        QVERIFY2(noPostmaster, qPrintable(noPostmaster ? QString() : noPostmaster.error()));
        ChangeSet weaken(MtaKind::Postfix, QStringLiteral("tst_hardening: weaken"));
        weaken.addFile({kMainCf, QStringLiteral("postfix-main"), {}, m_mainCf, cf});
        weaken.addFile(*noPostmaster);
        QVERIFY(apply(weaken));
        m_weakMainCf = read(kMainCf);
        m_weakAliases = read(kAliases);
        QCOMPARE(m_weakMainCf, cf);
        QCOMPARE(replyTo(m_postfix->smtpPort, {"VRFY alice"}) / 100, 2); // weakened for real
    }

    void cleanupTestCase()
    {
        if (!m_host || m_mainCf.isEmpty())
            return;
        // back to the lab's own files, whatever state a failed test left
        ChangeSet restore(MtaKind::Postfix, QStringLiteral("tst_hardening: restore the lab"));
        restore.addFile({kMainCf, QStringLiteral("postfix-main"), {}, read(kMainCf), m_mainCf});
        restore.addFile({kAliases, QStringLiteral("aliases"), QStringLiteral("hash"), read(kAliases), m_aliases});
        if (!restore.isEmpty())
            QVERIFY(apply(restore));
        QCOMPARE(read(kMainCf), m_mainCf);
    }

    void auditFindsEveryWeakness()
    {
        const CliRunner::Result text = cli(auditArgs("audit"));
        QCOMPARE(text.exitCode, 1); // a high finding: the open relay
        qInfo().noquote() << text.out;
        const QJsonObject json = audit();
        QCOMPARE(json.value(QStringLiteral("mta")).toString(), QStringLiteral("postfix"));
        QVERIFY(json.value(QStringLiteral("highFailure")).toBool());
        for (const char *rule :
            {"relay.open", "relay.mynetworks", "smtp.vrfy", "smtp.banner", "dos.size", "tls.protocols", "mta.aliases"})
            QVERIFY2(status(json, rule) == QLatin1String("fail"), rule);
        QCOMPARE(status(json, "smtp.expn"), QStringLiteral("n/a"));
        QCOMPARE(status(json, "spam.dnsbl"), QStringLiteral("n/a")); // an internal server
        QCOMPARE(status(json, "tls.offered"), QStringLiteral("pass"));
        QCOMPARE(status(json, "smtp.helo"), QStringLiteral("pass"));
        for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("id")) == QLatin1String("relay.open")) {
                // the SMTP exchange that proved it is the evidence
                QVERIFY(f.value(QStringLiteral("transcript")).toString().contains(QLatin1String("RCPT TO")));
                QVERIFY(f.value(QStringLiteral("fixable")).toBool());
            }
            if (f.value(QStringLiteral("id")) == QLatin1String("relay.mynetworks"))
                QVERIFY(f.value(QStringLiteral("evidence")).toString().contains(QLatin1String("0.0.0.0/0")));
        }
        // one connection: survey, facts and the forward for the inside probe
        QVERIFY(json.value(QStringLiteral("roundTrips")).toInt() <= 4);
    }

    void recommendedPlanFixesAll()
    {
        const QString plan = m_scratch.filePath(QStringLiteral("plan.json"));
        CliRunner::Result r = cli(auditArgs("harden") << QStringLiteral("--plan") << plan);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(read(kMainCf), m_weakMainCf); // a plan changes nothing
        QVERIFY(r.out.contains("disable_vrfy_command = yes"));

        const QString report = m_scratch.filePath(QStringLiteral("report.html"));
        // the apply's two audits from an address the earlier audits' ~25 connections each have not
        // counted against the connection rate limit the plan sets (60 per minute and client)
        QStringList apply = auditArgs("harden")
            << QStringLiteral("--apply") << plan << QStringLiteral("--report") << report;
        apply[apply.indexOf(QStringLiteral("127.0.0.3"))] = QStringLiteral("127.0.0.6");
        r = cli(apply);
        qInfo().noquote() << r.out << r.err;
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Every fixed rule passes now."));
        QFile html(report);
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("relay.mynetworks"));

        // the probes agree: VRFY refused, relaying refused from outside
        QCOMPARE(replyTo(m_postfix->smtpPort, {"VRFY alice"}), 502);
        QCOMPARE(replyTo(m_postfix->smtpPort, {"MAIL FROM:<a@example.org>", "RCPT TO:<b@example.net>"}) / 100, 5);
        const QJsonObject after = audit(QStringLiteral("127.0.0.5")); // a client the rate limit has not seen
        for (const char *rule :
            {"relay.open", "relay.mynetworks", "smtp.vrfy", "smtp.banner", "dos.size", "tls.protocols", "mta.aliases"})
            QVERIFY2(status(after, rule) == QLatin1String("pass"), rule);
        QVERIFY(!after.value(QStringLiteral("highFailure")).toBool());
    }

    void rollbackRestoresTheWeakenedFiles()
    {
        const CliRunner::Result history
            = cli({QStringLiteral("history"), QStringLiteral("pf"), QStringLiteral("--json")});
        QVERIFY2(history.exitCode == 0, history.err.constData());
        const qsizetype last = QJsonDocument::fromJson(history.out).array().size();
        QVERIFY(last >= 1);
        const CliRunner::Result r = cli({QStringLiteral("rollback"), QStringLiteral("pf"), QString::number(last)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(read(kMainCf), m_weakMainCf);
        QCOMPARE(read(kAliases), m_weakAliases);
    }

    void brokenPlanIsRefused()
    {
        const QByteArray before = read(kMainCf);
        ChangeSet broken(MtaKind::Postfix, QStringLiteral("broken"));
        broken.addFile({kMainCf, QStringLiteral(""), {}, before, before + "this line has no equals sign\n"});
        QJsonObject json = broken.toJson();
        json.insert(QStringLiteral("fixes"), QJsonArray {QStringLiteral("smtp.vrfy")});
        const QString plan = m_scratch.filePath(QStringLiteral("broken.json"));
        QFile f(plan);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(json).toJson());
        f.close();
        const CliRunner::Result r = cli(auditArgs("harden") << QStringLiteral("--apply") << plan);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Refused"), r.err.constData());
        QCOMPARE(read(kMainCf), before);
    }
};

QTEST_GUILESS_MAIN(TestHardeningLab)
#include "tst_hardening.moc"
