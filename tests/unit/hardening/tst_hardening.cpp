// The hardening audit without a host: the catalogue against HARDENING.md, the
// host facts script and its parser, every MTA's rules judged on recorded
// configurations and probe answers, and the plans that fix them.
#include "hardening/audit.h"
#include "hardening/auditrunner.h"
#include "hardening/hardeningplan.h"
#include "hardening/hardeningreport.h"
#include "hardening/relaynetworks.h"
#include "mta/mta.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Hardening;

namespace {

CatalogueEntry entry(const char *path, const char *format, CatalogueEntry::Group group, const char *mapType = "")
{
    CatalogueEntry e;
    e.path = QString::fromLatin1(path);
    e.formatType = QString::fromLatin1(format);
    e.group = group;
    e.mapType = QString::fromLatin1(mapType);
    return e;
}

MtaOption option(const char *name, const char *value, bool set = true, const char *defaultValue = "")
{
    MtaOption o;
    o.name = name;
    o.value = value;
    o.defaultValue = defaultValue;
    o.source = set ? MtaOption::Source::MainConfig : MtaOption::Source::Default;
    return o;
}

FileFact file(const char *path, const QByteArray &content, int mode = 0644, const char *owner = "root")
{
    FileFact f;
    f.path = QString::fromLatin1(path);
    f.exists = true;
    f.read = true;
    f.mode = mode;
    f.owner = QString::fromLatin1(owner);
    f.group = QStringLiteral("root");
    f.size = content.size();
    f.content = content;
    return f;
}

void addFile(HostFacts &facts, const FileFact &f)
{
    facts.files.insert(f.path, f);
}

Probes::CheckResult check(const char *id, Probes::Verdict verdict, const char *evidence = "")
{
    Probes::CheckResult c;
    c.id = QString::fromLatin1(id);
    c.title = c.id;
    c.verdict = verdict;
    c.evidence = QString::fromLatin1(evidence);
    return c;
}

Status statusOf(const QList<Finding> &findings, const char *rule)
{
    for (const Finding &f : findings) {
        if (f.ruleId == QLatin1String(rule))
            return f.status;
    }
    return Status::Unknown;
}

// The lab Postfix weakened the way issue 17 asks for: open relay through
// mynetworks, VRFY answered, a banner with the version, no size limit, TLS 1.0,
// no postmaster alias and a map file everyone may write.
AuditInput weakPostfix()
{
    AuditInput in;
    in.role = Role::Internal;
    in.survey.mta = MtaRegistry::forKind(MtaKind::Postfix);
    in.survey.catalogue = {entry("/etc/postfix/main.cf", "postfix-main", CatalogueEntry::Group::MainConfig),
        entry("/etc/postfix/master.cf", "postfix-master", CatalogueEntry::Group::MainConfig),
        entry("/etc/aliases", "aliases", CatalogueEntry::Group::Aliases, "hash"),
        entry("/etc/postfix/client_access", "postfix-table", CatalogueEntry::Group::AccessAndRelay, "hash")};
    const QByteArray mainCf = "myhostname = postfix.lab.test\n"
                              "mynetworks = 127.0.0.2/32 0.0.0.0/0\n"
                              "disable_vrfy_command = no\n"
                              "smtpd_banner = $myhostname ESMTP $mail_name ($mail_version)\n"
                              "message_size_limit = 0\n"
                              "smtpd_tls_cert_file = /etc/ssl/lab.crt\n"
                              "smtpd_tls_security_level = may\n"
                              "smtpd_tls_protocols = !SSLv2, !SSLv3\n"
                              "smtpd_client_restrictions = permit_mynetworks, check_client_access "
                              "hash:/etc/postfix/client_access\n";
    in.survey.options = {option("myhostname", "postfix.lab.test"), option("mynetworks", "127.0.0.2/32 0.0.0.0/0"),
        option("disable_vrfy_command", "no"), option("smtpd_banner", "$myhostname ESMTP $mail_name ($mail_version)"),
        option("message_size_limit", "0", true, "10240000"), option("smtpd_tls_cert_file", "/etc/ssl/lab.crt"),
        option("smtpd_tls_security_level", "may"), option("smtpd_tls_protocols", "!SSLv2, !SSLv3"),
        option("smtpd_helo_required", "yes"), option("smtpd_recipient_limit", "1000", false, "1000"),
        option("smtpd_client_connection_rate_limit", "0", false, "0"),
        option("smtpd_hard_error_limit", "20", false, "20"), option("smtpd_tls_auth_only", "no", false, "no"),
        option("smtpd_client_restrictions", "permit_mynetworks, check_client_access hash:/etc/postfix/client_access"),
        option("mail_version", "3.10.5")};
    addFile(in.facts, file("/etc/postfix/main.cf", mainCf));
    addFile(in.facts, file("/etc/postfix/master.cf", "22251 inet n - y - - smtpd\n"));
    addFile(in.facts, file("/etc/aliases", "root: alice\nabuse: root\n"));
    addFile(in.facts, file("/etc/postfix/client_access", "192.0.2.1 REJECT\n", 0666));
    addFile(in.facts, file("/etc/ssh/sshd_config", "PermitRootLogin yes\nMatch User bob\n  PermitRootLogin no\n"));
    in.facts.sshdFiles = {QStringLiteral("/etc/ssh/sshd_config")};
    in.facts.listening = "LISTEN 0 100 127.0.0.1:22251 0.0.0.0:*\nLISTEN 0 128 0.0.0.0:2222 0.0.0.0:*\n";
    Probes::ProbeReport outside;
    Probes::CheckResult relayed
        = check("relay.case.plain", Probes::Verdict::Fail, "accepted RCPT TO:<x@example.invalid>");
    relayed.transcript = {{Probes::TranscriptLine::Kind::Sent, "RCPT TO:<x@example.invalid>", 5},
        {Probes::TranscriptLine::Kind::Received, "250 2.1.5 Ok", 6}};
    outside.checks = {check("relay.open", Probes::Verdict::Fail, "1 of 18 cases relayed"), relayed,
        check("smtp.vrfy", Probes::Verdict::Fail, "250 alice"),
        check("smtp.banner", Probes::Verdict::Warn, "Postfix 3.10"), check("tls.offered", Probes::Verdict::Pass),
        check("tls.version.1.0", Probes::Verdict::Fail, "accepted"), check("tls.version.1.2", Probes::Verdict::Pass),
        check("auth.plaintext", Probes::Verdict::Pass)};
    in.outside = outside;
    Probes::ProbeReport inside;
    inside.checks = {check("relay.open", Probes::Verdict::Pass, "refused")};
    in.inside = inside;
    return in;
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueMatchesHardeningMd()
    {
        const QList<Rule> all = rules();
        QSet<QString> ids;
        for (const Rule &r : all) {
            QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
            ids.insert(r.id);
            QVERIFY2(!r.title.isEmpty() && !r.why.isEmpty() && !r.fix.isEmpty(), qPrintable(r.id));
            QVERIFY2(r.roles != 0, qPrintable(r.id));
            QVERIFY(findRule(r.id).has_value());
        }
        QFile md(QStringLiteral(MW_SHARED_DIR "/HARDENING.md"));
        if (!md.open(QIODevice::ReadOnly))
            MW_SKIP_OR_FAIL(QStringLiteral("../shared/HARDENING.md is absent"));
        // every "| id | sev |" row of the catalogue is a rule, with its severity
        static const QRegularExpression row(
            QStringLiteral("^\\| ([a-z0-9.]+) \\| ([HML]) \\|"), QRegularExpression::MultilineOption);
        QSet<QString> documented;
        auto it = row.globalMatch(QString::fromUtf8(md.readAll()));
        while (it.hasNext()) {
            const auto m = it.next();
            documented.insert(m.captured(1));
            const auto rule = findRule(m.captured(1));
            QVERIFY2(rule, qPrintable(m.captured(1)));
            QCOMPARE(severityName(rule->severity).left(1).toUpper(), m.captured(2));
        }
        QCOMPARE(documented.size(), 35);
        QCOMPARE(ids, documented);
    }

    void rolesAndNames()
    {
        for (Role role : allRoles())
            QCOMPARE(roleFromName(roleName(role)), role);
        QVERIFY(!roleFromName(u"gateway"));
        QVERIFY(findRule(u"spam.dnsbl")->appliesTo(Role::Mx));
        QVERIFY(!findRule(u"spam.dnsbl")->appliesTo(Role::Internal));
        QVERIFY(!findRule(u"smtp.expn")->notApplicable(MtaKind::Postfix).isEmpty());
        QVERIFY(findRule(u"smtp.expn")->notApplicable(MtaKind::Sendmail).isEmpty());
    }

    void broadNetworks_data()
    {
        QTest::addColumn<QByteArray>("item");
        QTest::addColumn<bool>("broad");
        QTest::newRow("everything") << QByteArray("0.0.0.0/0") << true;
        QTest::newRow("public /8") << QByteArray("44.0.0.0/8") << true;
        QTest::newRow("private /8") << QByteArray("10.0.0.0/8") << false;
        QTest::newRow("loopback") << QByteArray("127.0.0.0/8") << false;
        QTest::newRow("a /24") << QByteArray("192.0.2.0/24") << false;
        QTest::newRow("v6 all") << QByteArray("[::]/0") << true;
        QTest::newRow("v6 loopback") << QByteArray("[::1]/128") << false;
        QTest::newRow("a table") << QByteArray("hash:/etc/postfix/network_table") << false;
    }
    void broadNetworks()
    {
        QFETCH(QByteArray, item);
        QFETCH(bool, broad);
        QCOMPARE(networkTooBroad(item), broad);
    }

    void broadRelayKeys()
    {
        QVERIFY(relayKeyTooBroad("Connect:44", true));
        QVERIFY(!relayKeyTooBroad("Connect:192.168", true));
        QVERIFY(!relayKeyTooBroad("Connect:127", true));
        QVERIFY(!relayKeyTooBroad("From:spammer@example.com", true));
        QVERIFY(!relayKeyTooBroad("example.com", true));
        QVERIFY(!relayKeyTooBroad("Connect:localhost", true));
        QVERIFY(relayKeyTooBroad("", false)); // tcp.smtp ":allow,RELAYCLIENT=..." is every client
        QVERIFY(relayKeyTooBroad("44.", false));
        QVERIFY(!relayKeyTooBroad("127.", false));
        QVERIFY(!relayKeyTooBroad("192.0.2.", false));
    }

    void hostFactsParse()
    {
        const auto b = [](const QByteArray &s) { return s.toBase64(); };
        const QByteArray out = "F 644 root root 12 " + b("/etc/aliases") + " " + b("root: alice\n") + "\n"
            + "S 666 mwadmin adm 9 " + b("/etc/postfix/big map") + "\n" + "N " + b("/etc/missing") + "\n"
            + "F 600 root root 0 " + b("/etc/ssh/sshd_config.d/a.conf") + " \n" + "D "
            + b("/etc/ssh/sshd_config.d/a.conf") + "\n" + "C ss "
            + b("LISTEN 0 5 [::1]:25 [::]:*\nLISTEN 0 5 0.0.0.0:110 0.0.0.0:*\n") + "\n" + "C version " + b("3.10.5\n")
            + "\n";
        const auto facts = HostFacts::parse(out);
        QVERIFY2(facts, Mailwarden::Testing::whyNot(facts).constData());
        QCOMPARE(facts->file(QStringLiteral("/etc/aliases"))->content, QByteArray("root: alice\n"));
        const FileFact *map = facts->file(QStringLiteral("/etc/postfix/big map"));
        QVERIFY(map && map->exists && !map->read && map->writableByOthers());
        QCOMPARE(map->owner, QStringLiteral("mwadmin"));
        QVERIFY(!facts->file(QStringLiteral("/etc/missing"))->exists);
        QCOMPARE(facts->file(QStringLiteral("/etc/ssh/sshd_config.d/a.conf"))->content, QByteArray());
        QCOMPARE(facts->version, QByteArray("3.10.5"));
        const QList<ListeningSocket> sockets = facts->listeningSockets();
        QCOMPARE(sockets.size(), 2);
        QVERIFY(sockets.at(0).isLoopback());
        QCOMPARE(sockets.at(1).port, quint16(110));

        // /proc/net/tcp where ss is missing: 127.0.0.1:22507 and [::]:22 listen, one connection does not
        const auto proc = HostFacts::parse("C proc "
            + QByteArray("  sl  local_address rem_address   st\n"
                         "   0: 0100007F:57EB 00000000:0000 0A 0\n"
                         "   1: 0100007F:57EB 0300007F:9C40 01 0\n"
                         "   0: 00000000000000000000000000000000:0016 00000000000000000000000000000000:0000 0A 0\n")
                .toBase64()
            + "\n");
        QVERIFY(proc);
        const QList<ListeningSocket> procSockets = proc->listeningSockets();
        QCOMPARE(procSockets.size(), 2);
        QCOMPARE(procSockets.at(0).address, QStringLiteral("127.0.0.1"));
        QCOMPARE(procSockets.at(0).port, quint16(22507));
        QVERIFY(procSockets.at(0).isLoopback());
        QCOMPARE(procSockets.at(1).address, QStringLiteral("::"));
        QCOMPARE(procSockets.at(1).port, quint16(22));

        const auto broken = HostFacts::parse("F 644 root\n");
        QVERIFY(!broken);
        QVERIFY(broken.error().contains(QLatin1String("line 1")));
    }

    // The script itself, run here by sh on real files: its output parses.
    void hostFactsScriptRuns()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("main cf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mynetworks = 127.0.0.0/8\n");
        f.close();
        f.setPermissions(
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteOther | QFile::ReadOther);
        const Command command
            = HostFacts::command(MtaKind::Qmail, {f.fileName(), dir.filePath(QStringLiteral("absent"))}, {dir.path()});
        QProcess sh;
        QStringList args;
        for (qsizetype i = 1; i < command.argv.size(); ++i)
            args << QString::fromUtf8(command.argv.at(i));
        sh.start(QString::fromUtf8(command.argv.first()), args);
        QVERIFY(sh.waitForFinished(30000));
        QCOMPARE(sh.exitCode(), 0);
        const auto facts = HostFacts::parse(sh.readAllStandardOutput());
        QVERIFY2(facts, Mailwarden::Testing::whyNot(facts).constData());
        const FileFact *mainCf = facts->file(f.fileName());
        QVERIFY(mainCf && mainCf->read);
        QCOMPARE(mainCf->content, QByteArray("mynetworks = 127.0.0.0/8\n"));
        QCOMPARE(mainCf->mode, 0646);
        QVERIFY(mainCf->writableByOthers());
        QVERIFY(!facts->file(dir.filePath(QStringLiteral("absent")))->exists);
        const FileFact *directory = facts->file(dir.path());
        QVERIFY(directory && directory->exists && !directory->read);
    }

    void weakPostfixFails()
    {
        const AuditInput in = weakPostfix();
        const QList<Finding> findings = evaluate(in);
        QCOMPARE(findings.size(), rules().size());
        for (const char *rule : {"relay.open", "relay.mynetworks", "smtp.vrfy", "smtp.banner", "dos.size",
                 "tls.protocols", "mta.aliases", "mta.perms", "host.ssh", "dos.connections"})
            QVERIFY2(statusOf(findings, rule) == Status::Fail, rule);
        // no AUTH is offered at all: the probe's answer wins over smtpd_tls_auth_only = no
        for (const char *rule : {"smtp.helo", "tls.offered", "access.blocklist", "mta.privs", "auth.plaintext"})
            QVERIFY2(statusOf(findings, rule) == Status::Pass, rule);
        QCOMPARE(statusOf(findings, "smtp.expn"), Status::NotApplicable); // Postfix has no EXPN
        QCOMPARE(statusOf(findings, "smtp.privacy"), Status::NotApplicable);
        QCOMPARE(statusOf(findings, "spam.dnsbl"), Status::NotApplicable); // not an MX
        QCOMPARE(statusOf(findings, "mta.version"), Status::Info);
        AuditReport report;
        report.findings = findings;
        QVERIFY(report.hasHighFailure());
        const Finding *relay = report.find(u"relay.open");
        QVERIFY(relay->evidence.contains(QLatin1String("accepted RCPT")));
        QVERIFY(relay->transcript.contains(QLatin1String("250 2.1.5 Ok"))); // the case that relayed
        QVERIFY(relay->fixable);
        const Finding *perms = report.find(u"mta.perms");
        QVERIFY2(
            perms->evidence.contains(QLatin1String("666 /etc/postfix/client_access")), qPrintable(perms->evidence));
        QVERIFY(!perms->fixable); // report only: mode changes are no ChangeSet
        QVERIFY2(report.find(u"relay.mynetworks")->where.startsWith(QLatin1String("/etc/postfix/main.cf:2")),
            qPrintable(report.find(u"relay.mynetworks")->where));
        // settings after a Match block are not the global ones
        QVERIFY(report.find(u"host.ssh")->evidence.contains(QLatin1String("PermitRootLogin yes")));

        // relaying for the host's own loopback clients (the inside test) is what local programs need
        AuditInput relaysInside = in;
        relaysInside.outside->checks[0].verdict = Probes::Verdict::Pass;
        relaysInside.outside->checks[1].verdict = Probes::Verdict::Pass;
        relaysInside.inside->checks[0].verdict = Probes::Verdict::Fail;
        QCOMPARE(statusOf(evaluate(relaysInside), "relay.open"), Status::Pass);
        relaysInside.outside.reset();
        QCOMPARE(statusOf(evaluate(relaysInside), "relay.open"), Status::Unknown);

        // the same host as a null client: its listener is on loopback only, which is right
        AuditInput nullClient = in;
        nullClient.role = Role::NullClient;
        QCOMPARE(statusOf(evaluate(nullClient), "host.ports"), Status::Info);
        nullClient.facts.listening = "LISTEN 0 100 0.0.0.0:25 0.0.0.0:*\n";
        QCOMPARE(statusOf(evaluate(nullClient), "host.ports"), Status::Fail);
    }

    void jsonRoundTrip()
    {
        AuditReport report;
        report.host = QStringLiteral("lab-postfix");
        report.mta = MtaKind::Postfix;
        report.role = Role::Internal;
        report.roundTrips = 3;
        report.findings = evaluate(weakPostfix());
        const auto back = AuditReport::fromJson(report.toJson());
        QVERIFY(back);
        QCOMPARE(back->findings, report.findings);
        QCOMPARE(back->role, Role::Internal);
        QVERIFY(back->toText().contains(QLatin1String("relay.mynetworks")));
    }

    void postfixPlanFixesAll()
    {
        AuditInput in = weakPostfix();
        AuditReport report;
        report.findings = evaluate(in);
        const QStringList recommended = HardeningPlan::recommended(report);
        // most severe first
        QCOMPARE(recommended.first(), QStringLiteral("relay.open"));
        for (const char *rule :
            {"relay.mynetworks", "smtp.vrfy", "smtp.banner", "dos.size", "tls.protocols", "mta.aliases"})
            QVERIFY2(recommended.contains(QLatin1String(rule)), rule);
        QVERIFY(!recommended.contains(QStringLiteral("mta.perms")));
        const auto plan = HardeningPlan::build(in.survey, in.facts, recommended);
        QVERIFY2(plan, Mailwarden::Testing::whyNot(plan).constData());
        // one FileChange per file, every fix on the content the one before left
        QCOMPARE(plan->changes.files().size(), 2);
        const FileChange mainCf = plan->changes.files().at(0);
        QCOMPARE(mainCf.path, QStringLiteral("/etc/postfix/main.cf"));
        QCOMPARE(mainCf.before, in.facts.file(mainCf.path)->content);
        for (const char *line :
            {"mynetworks = 127.0.0.2/32\n", "disable_vrfy_command = yes\n", "smtpd_banner = $myhostname ESMTP\n",
                "message_size_limit = 10240000\n", "smtpd_tls_protocols = >=TLSv1.2\n",
                "smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination\n"})
            QVERIFY2(mainCf.after.contains(line), line);
        QVERIFY(mainCf.after.startsWith("myhostname = postfix.lab.test\n")); // untouched lines stay
        const FileChange aliases = plan->changes.files().at(1);
        QCOMPARE(aliases.path, QStringLiteral("/etc/aliases"));
        QVERIFY(aliases.after.startsWith("root: alice\nabuse: root\n"));
        QVERIFY(aliases.after.contains("postmaster: root"));
        QVERIFY(aliases.after.contains("mailer-daemon: root"));
        QVERIFY(!aliases.after.contains("abuse: root\nabuse")); // present ones are kept as they are
        QVERIFY(!plan->changes.validate());

        // applied to the files, the audit passes every fixed rule that the configuration decides
        AuditInput fixed = in;
        for (const FileChange &c : plan->changes.files())
            fixed.facts.files[c.path].content = c.after;
        for (MtaOption &o : fixed.survey.options) {
            if (o.name == "mynetworks")
                o.value = "127.0.0.2/32";
            if (o.name == "disable_vrfy_command")
                o.value = "yes";
        }
        fixed.outside.reset();
        fixed.inside.reset();
        const QList<Finding> after = evaluate(fixed);
        QCOMPARE(statusOf(after, "relay.mynetworks"), Status::Pass);
        QCOMPARE(statusOf(after, "smtp.vrfy"), Status::Pass);
        QCOMPARE(statusOf(after, "mta.aliases"), Status::Pass);

        QVERIFY(!HardeningPlan::build(in.survey, in.facts, {QStringLiteral("mta.perms")}));
        QVERIFY(!HardeningPlan::build(in.survey, in.facts, {QStringLiteral("no.such.rule")}));
    }

    void postfixTlsNeedsACertificate()
    {
        AuditInput in = weakPostfix();
        in.survey.options.removeIf([](const MtaOption &o) { return o.name == "smtpd_tls_cert_file"; });
        const auto plan = HardeningPlan::build(in.survey, in.facts, {QStringLiteral("tls.offered")});
        QVERIFY(!plan);
        QVERIFY(plan.error().contains(QLatin1String("smtpd_tls_cert_file")));
    }

    void sendmailFlagsMergeIntoOneDefine()
    {
        AuditInput in;
        in.role = Role::Mx;
        in.survey.mta = MtaRegistry::forKind(MtaKind::Sendmail);
        in.survey.catalogue = {entry("/etc/mail/sendmail.mc", "sendmail-mc", CatalogueEntry::Group::MainConfig),
            entry("/etc/mail/access", "sendmail-access", CatalogueEntry::Group::AccessAndRelay, "hash"),
            entry("/etc/mail/aliases", "aliases", CatalogueEntry::Group::Aliases, "hash")};
        const QByteArray mc = "divert(-1)dnl\ndivert(0)dnl\nOSTYPE(`debian')dnl\n"
                              "define(`confPRIVACY_FLAGS',`authwarnings')dnl\n"
                              "FEATURE(`access_db')dnl\nFEATURE(`promiscuous_relay')dnl\nMAILER(`local')dnl\n";
        in.survey.options = {option("confPRIVACY_FLAGS", "authwarnings")};
        addFile(in.facts, file("/etc/mail/sendmail.mc", mc));
        addFile(
            in.facts, file("/etc/mail/access", "Connect:localhost RELAY\nConnect:44 RELAY\nConnect:192.168 RELAY\n"));
        addFile(in.facts, file("/etc/mail/aliases", "postmaster: root\nabuse: root\nmailer-daemon: postmaster\n"));
        const QList<Finding> findings = evaluate(in);
        for (const char *rule :
            {"relay.open", "relay.mynetworks", "smtp.vrfy", "smtp.expn", "smtp.privacy", "mta.programs"})
            QVERIFY2(statusOf(findings, rule) == Status::Fail, rule);
        QCOMPARE(statusOf(findings, "access.blocklist"), Status::Pass);
        QCOMPARE(statusOf(findings, "mta.aliases"), Status::Pass);
        AuditReport report;
        report.findings = findings;
        QCOMPARE(statusOf(findings, "smtp.banner"), Status::Fail); // Sendmail's default names $v/$Z
        const auto plan = HardeningPlan::build(in.survey, in.facts,
            QStringLiteral("relay.open,relay.mynetworks,smtp.vrfy,smtp.expn,smtp.privacy,smtp.banner,mta.programs")
                .split(u','));
        QVERIFY2(plan, Mailwarden::Testing::whyNot(plan).constData());
        QCOMPARE(plan->changes.files().size(), 2);
        const QByteArray after = plan->changes.files().at(0).after;
        QCOMPARE(after.count("confPRIVACY_FLAGS"), 1);
        // the sendmail macro $j (the host's name) passes through m4 as it is
        QVERIFY2(after.contains("define(`confSMTP_LOGIN_MSG',`$j')dnl\n"), after.constData());
        for (const char *flag :
            {"novrfy", "noexpn", "noreceipts", "restrictmailq", "restrictqrun", "noetrn", "needmailhelo"})
            QVERIFY2(after.contains(flag), flag);
        QVERIFY(!after.contains("promiscuous_relay"));
        QVERIFY(after.contains("FEATURE(`smrsh')"));
        const QByteArray access = plan->changes.files().at(1).after;
        QCOMPARE(access, QByteArray("Connect:localhost RELAY\nConnect:192.168 RELAY\n"));
    }

    void qmailRelayRulesAndPort()
    {
        AuditInput in;
        in.role = Role::Relay;
        in.survey.mta = MtaRegistry::forKind(MtaKind::Qmail);
        in.survey.catalogue = {entry("/etc/tcp.smtp", "qmail-tcprules", CatalogueEntry::Group::AccessAndRelay, "cdb")};
        addFile(in.facts, file("/etc/tcp.smtp", "127.:allow,RELAYCLIENT=\"\"\n:allow,RELAYCLIENT=\"\"\n"));
        const QByteArray run
            = "#!/bin/sh\nRBLS=''\nexec /usr/bin/softlimit -m 64000000 \\\n"
              "    /usr/bin/tcpserver -v -R -H -l \"$LOCAL\" -x /etc/tcp.smtp.cdb -c \"$MAXSMTPD\" \\\n"
              "    -u \"$QMAILDUID\" -g \"$NOFILESGID\" 127.0.0.1 22253 \\\n"
              "    ${RBL:+/usr/bin/rblsmtpd $RBL} /var/qmail/bin/qmail-smtpd 2>&1\n";
        addFile(in.facts, file("/var/qmail/supervise/qmail-smtpd/run", run, 0755));
        HostSurvey survey = in.survey;
        QCOMPARE(AuditRunner::smtpPort(survey, in.facts), std::optional<quint16>(22253));
        const QList<Finding> findings = evaluate(in);
        QCOMPARE(statusOf(findings, "relay.mynetworks"), Status::Fail);
        QCOMPARE(statusOf(findings, "dos.memory"), Status::Pass);
        QCOMPARE(statusOf(findings, "dos.connections"), Status::Pass);
        QCOMPARE(statusOf(findings, "mta.privs"), Status::Pass);
        QCOMPARE(statusOf(findings, "smtp.vrfy"), Status::Pass); // qmail answers 252
        QCOMPARE(statusOf(findings, "tls.offered"), Status::NotApplicable);
        in.role = Role::Mx;
        QCOMPARE(statusOf(evaluate(in), "spam.dnsbl"), Status::Fail); // rblsmtpd named, no zone given
        // databytes sets a limit; qmail-smtpd not announcing SIZE is only the probe's warning
        in.survey.options = {option("databytes", "10485760")};
        Probes::ProbeReport noSize;
        noSize.checks = {check("dos.size", Probes::Verdict::Warn, "SIZE is not announced")};
        in.outside = noSize;
        QCOMPARE(statusOf(evaluate(in), "dos.size"), Status::Pass);
        in.survey.options = {option("databytes", "0")};
        QCOMPARE(statusOf(evaluate(in), "dos.size"), Status::Fail);
        const auto plan = HardeningPlan::build(in.survey, in.facts, {QStringLiteral("relay.mynetworks")});
        QVERIFY2(plan, Mailwarden::Testing::whyNot(plan).constData());
        QCOMPARE(plan->changes.files().first().after, QByteArray("127.:allow,RELAYCLIENT=\"\"\n:allow\n"));
    }

    // qmail takes RCPT TO for its own domains without looking at the local part;
    // a %-hack, a bang path or a second @ is then delivered here, not onwards.
    void qmailLocalDeliveriesAreNoRelay()
    {
        AuditInput in;
        in.role = Role::Internal;
        in.survey.mta = MtaRegistry::forKind(MtaKind::Qmail);
        Probes::ProbeReport outside;
        outside.checks = {check("relay.open", Probes::Verdict::Fail, "3 of 18 cases accepted"),
            check("relay.case.percent-hack-ip", Probes::Verdict::Fail),
            check("relay.case.bang-at-name", Probes::Verdict::Fail),
            check("relay.case.double-at-ip", Probes::Verdict::Fail), check("relay.case.plain", Probes::Verdict::Pass)};
        in.outside = outside;
        QCOMPARE(statusOf(evaluate(in), "relay.open"), Status::Pass);
        // control/percenthack makes the %-hack route onwards
        addFile(in.facts, file("/var/qmail/control/percenthack", "qmail.example.org\n"));
        QCOMPARE(statusOf(evaluate(in), "relay.open"), Status::Fail);
        in.facts.files.clear();
        // a plain outside recipient accepted is a relay, whatever else was
        outside.checks.last().verdict = Probes::Verdict::Fail;
        in.outside = outside;
        QCOMPARE(statusOf(evaluate(in), "relay.open"), Status::Fail);
        // Sendmail routes all of these onwards: no such allowance there
        in.survey.mta = MtaRegistry::forKind(MtaKind::Sendmail);
        outside.checks.last().verdict = Probes::Verdict::Pass;
        in.outside = outside;
        QCOMPARE(statusOf(evaluate(in), "relay.open"), Status::Fail);
    }

    void qmailAliasesAreNewDotQmailFiles()
    {
        AuditInput in;
        in.role = Role::Internal;
        in.survey.mta = MtaRegistry::forKind(MtaKind::Qmail);
        addFile(in.facts, file("/var/qmail/alias/.qmail-abuse", "&root\n"));
        addFile(in.facts, file("/var/qmail/alias/.qmail-root", "&admin\n"));
        for (const char *name : {"/var/qmail/alias/.qmail-postmaster", "/var/qmail/alias/.qmail-mailer-daemon"}) {
            FileFact absent;
            absent.path = QString::fromLatin1(name);
            addFile(in.facts, absent);
        }
        QCOMPARE(statusOf(evaluate(in), "mta.aliases"), Status::Fail);
        const auto plan = HardeningPlan::build(in.survey, in.facts, {QStringLiteral("mta.aliases")});
        QVERIFY2(plan, Mailwarden::Testing::whyNot(plan).constData());
        const QList<FileChange> files = plan->changes.files();
        QCOMPARE(files.size(), 2); // abuse is there already
        QCOMPARE(files.at(0).path, QStringLiteral("/var/qmail/alias/.qmail-postmaster"));
        QCOMPARE(files.at(1).path, QStringLiteral("/var/qmail/alias/.qmail-mailer-daemon"));
        for (const FileChange &f : files) {
            QVERIFY(f.absentBefore);
            QCOMPARE(f.after, QByteArray("&root\n"));
            QCOMPARE(f.formatType, QStringLiteral("qmail-dotqmail"));
        }
        // unread facts are no ground for creating a file
        in.facts.files.remove(QStringLiteral("/var/qmail/alias/.qmail-postmaster"));
        QVERIFY(!HardeningPlan::build(in.survey, in.facts, {QStringLiteral("mta.aliases")}));
    }

    void postfixPortFromMasterCf()
    {
        AuditInput in = weakPostfix();
        in.facts.files[QStringLiteral("/etc/postfix/master.cf")].content
            = "smtps inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=yes\n127.0.0.1:2525 inet n - y - - smtpd\n";
        QCOMPARE(AuditRunner::smtpPort(in.survey, in.facts), std::optional<quint16>(2525));
    }

    void recordReport()
    {
        HardeningRecord record;
        record.before.host = QStringLiteral("lab-postfix");
        record.before.findings = evaluate(weakPostfix());
        record.fixes = {QStringLiteral("smtp.vrfy")};
        record.diff = "--- a\n+++ b\n";
        record.applied = true;
        AuditReport after = record.before;
        for (Finding &f : after.findings) {
            if (f.ruleId == QLatin1String("smtp.vrfy"))
                f.status = Status::Pass;
        }
        record.after = after;
        QCOMPARE(record.changedRules().size(), 1);
        QVERIFY(record.stillFailing().isEmpty());
        const QString html = record.toHtml();
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("smtp.vrfy")));
        // evidence is the server's text: escaped, never markup
        QVERIFY(html.contains(QLatin1String("&lt;x@example.invalid&gt;")));
        QVERIFY(!html.contains(QLatin1String("<x@example.invalid>")));

        // the wizard's resume file: everything comes back; damage is refused
        const auto back = HardeningRecord::fromJson(record.toJson());
        QVERIFY(back);
        QCOMPARE(back->before.findings, record.before.findings);
        QCOMPARE(back->after->findings, record.after->findings);
        QCOMPARE(back->fixes, record.fixes);
        QCOMPARE(back->diff, record.diff);
        QVERIFY(back->applied);
        QCOMPARE(back->toText(), record.toText());
        QJsonObject broken = record.toJson();
        broken.insert(QStringLiteral("after"), QStringLiteral("x"));
        QVERIFY(!HardeningRecord::fromJson(broken));
        broken.remove(QStringLiteral("after"));
        broken.remove(QStringLiteral("fixes"));
        QVERIFY(!HardeningRecord::fromJson(broken));
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
