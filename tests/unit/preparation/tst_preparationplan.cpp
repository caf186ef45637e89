// The plan `hosts prepare` installs: the helper byte for byte as shipped, and
// sudo rules that let every command the console runs as root through while
// refusing the root-equivalent forms (postconf -c, sendmail -C, postmap on any
// path, …). The same argv rows run against the real sudo in tests/integration/
// tst_hostprepare.cpp.
#include "mta/mta.h"
#include "preparation/hoststate.h"
#include "preparation/preparationplan.h"

#include <QFile>
#include <QTest>

using namespace Mailwarden;

Q_DECLARE_METATYPE(Mailwarden::MtaKind)

namespace {

QByteArrayList words(const char *text)
{
    return QByteArray(text).split(' ');
}

std::optional<PreparationPlan> planFor(MtaKind kind, const QString &version = QStringLiteral("1.9.16p2"))
{
    const auto plan
        = PreparationPlan::make(kind, QStringLiteral("mwadmin"), QStringLiteral("/usr/local/sbin/mw-file"), version);
    if (!plan)
        qWarning() << plan.error();
    return plan ? std::optional(*plan) : std::nullopt;
}

} // namespace

class TestPreparationPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The helper the console installs is the file in the tree, byte for byte.
    void helperIsTheShippedFile()
    {
        QFile shipped(QStringLiteral(MW_SOURCE_DIR "/resources/host/mw-file"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QByteArray bytes = shipped.readAll();
        QCOMPARE(PreparationPlan::shippedHelper(), bytes);
        const auto plan = planFor(MtaKind::Postfix);
        QVERIFY(plan);
        QCOMPARE(plan->helper.content, bytes);
        QCOMPARE(plan->helper.sha256(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(plan->helper.mode, 0755u);
        QCOMPARE(plan->sudoers.mode, 0440u);
        QCOMPARE(plan->sudoers.path, QStringLiteral("/etc/sudoers.d/mailwarden-mwadmin"));
    }

    // Every command the console runs with sudo on each MTA is allowed by the plan.
    void consoleCommandsAllowed_data()
    {
        QTest::addColumn<MtaKind>("kind");
        QTest::addColumn<QString>("formatType");
        QTest::addColumn<QString>("mapType");
        QTest::addColumn<QString>("path");
        QTest::newRow("postfix-access") << MtaKind::Postfix << QStringLiteral("postfix-table") << QStringLiteral("hash")
                                        << QStringLiteral("/etc/postfix/sender_access");
        QTest::newRow("postfix-lmdb") << MtaKind::Postfix << QStringLiteral("postfix-table") << QStringLiteral("lmdb")
                                      << QStringLiteral("/etc/postfix/virtual");
        QTest::newRow("postfix-aliases") << MtaKind::Postfix << QStringLiteral("aliases") << QStringLiteral("hash")
                                         << QStringLiteral("/etc/aliases");
        QTest::newRow("sendmail-access") << MtaKind::Sendmail << QStringLiteral("sendmail-access")
                                         << QStringLiteral("hash") << QStringLiteral("/etc/mail/access");
        QTest::newRow("sendmail-aliases")
            << MtaKind::Sendmail << QStringLiteral("aliases") << QString() << QStringLiteral("/etc/aliases");
        QTest::newRow("qmail-tcprules") << MtaKind::Qmail << QStringLiteral("qmail-tcprules") << QString()
                                        << QStringLiteral("/etc/tcp.smtp");
        QTest::newRow("qmail-assign") << MtaKind::Qmail << QStringLiteral("qmail-assign") << QString()
                                      << QStringLiteral("/var/qmail/users/assign");
    }
    void consoleCommandsAllowed()
    {
        QFETCH(MtaKind, kind);
        QFETCH(QString, formatType);
        QFETCH(QString, mapType);
        QFETCH(QString, path);
        const auto plan = planFor(kind);
        QVERIFY(plan);
        const Mta *mta = MtaRegistry::forKind(kind);
        QVERIFY(mta);
        const FileChange change {path, formatType, mapType, "a\n", "b\n"};
        QList<Command> commands = mta->rebuildCommands(change, QStringLiteral("/usr/local/sbin/mw-file"));
        commands += mta->validateCommands() + mta->reloadCommands() + mta->verifyCommands();
        QVERIFY(!commands.isEmpty());
        for (const Command &c : commands) {
            QVERIFY2(c.sudo, c.displayString().toUtf8());
            QVERIFY2(plan->allows(c.argv), qPrintable(QStringLiteral("not allowed: ") + c.displayString()));
        }
        // The root-file helper with each of its verbs.
        for (const char *verb : {"read", "stat", "backup", "install", "restore", "makemap"})
            QVERIFY(plan->allows({"/usr/local/sbin/mw-file", verb, path.toUtf8()}));
    }

    // The Queue tab's postsuper command for each action is allowed as it runs.
    void queueActionsAllowed()
    {
        const auto plan = planFor(MtaKind::Postfix);
        QVERIFY(plan);
        for (const char *option : {"-d", "-h", "-H", "-r"})
            QVERIFY2(plan->allows({"/usr/sbin/postsuper", option, "-"}), option);
        QVERIFY(plan->allows({"/usr/sbin/postcat", "-bh", "-q", "E6F511742B6"}));
        const auto sendmail = planFor(MtaKind::Sendmail);
        QVERIFY(sendmail);
        for (const QByteArrayList &argv : {QByteArrayList {"/usr/sbin/sendmail", "-q"},
                 QByteArrayList {"/usr/sbin/sendmail", "-v", "-qI6B66fG1T000277"},
                 QByteArrayList {"/usr/sbin/sendmail", "-Ac", "-q"},
                 QByteArrayList {"/usr/sbin/sendmail", "-Ac", "-v", "-qI6B66fG1T000277"},
                 QByteArrayList {"/usr/sbin/sendmail", "-qI6B66fG1T000277", "-Qheld_by_Mailwarden"},
                 QByteArrayList {"/usr/sbin/sendmail", "-qQ", "-qI6B66fG1T000277", "-Q"},
                 QByteArrayList {"/usr/local/sbin/mw-file", "queue-list", "sendmail"},
                 QByteArrayList {"/usr/local/sbin/mw-file", "queue-remove", "sendmail"}})
            QVERIFY2(sendmail->allows(argv), argv.join(' '));
        const auto qmail = planFor(MtaKind::Qmail);
        QVERIFY(qmail);
        QVERIFY(qmail->allows({"/usr/bin/svc", "-a", "/service/qmail-send"}));
        QVERIFY(qmail->allows({"/usr/local/sbin/mw-file", "queue-list", "qmail"}));
        QVERIFY(!qmail->allows({"/usr/bin/svc", "-a", "/service/qmail-smtpd"}));
        // Deleting or flushing single messages: the helper stops and starts
        // qmail-send itself, so the admin account needs no svc -d/-u or svstat.
        for (const QByteArrayList &argv :
            {QByteArrayList {"/usr/local/sbin/mw-file", "queue-remove", "qmail", "--pause-send"},
                QByteArrayList {"/usr/local/sbin/mw-file", "queue-retry", "qmail", "--pause-send"}})
            QVERIFY2(qmail->allows(argv), argv.join(' '));
        for (const QByteArrayList &argv : {QByteArrayList {"/usr/bin/svc", "-d", "/service/qmail-send"},
                 QByteArrayList {"/usr/bin/svc", "-u", "/service/qmail-send"},
                 QByteArrayList {"/usr/bin/svstat", "/service/qmail-send"}})
            QVERIFY2(!qmail->allows(argv), argv.join(' '));
    }

    // What would make sudo a root shell, or reach files outside the MTA's directories.
    void rootEquivalentsRefused_data()
    {
        QTest::addColumn<MtaKind>("kind");
        QTest::addColumn<QByteArrayList>("argv");
        const auto row
            = [](const char *name, MtaKind kind, const char *argv) { QTest::newRow(name) << kind << words(argv); };
        row("postconf-any", MtaKind::Postfix, "/usr/sbin/postconf -c /tmp/evil -n");
        row("postconf-edit", MtaKind::Postfix, "/usr/sbin/postconf -e command_directory=/tmp");
        row("postfix-config-dir", MtaKind::Postfix, "/usr/sbin/postfix -c /tmp/evil start");
        row("postfix-start", MtaKind::Postfix, "/usr/sbin/postfix start");
        row("postfix-no-args", MtaKind::Postfix, "/usr/sbin/postfix");
        row("postmap-outside", MtaKind::Postfix, "/usr/sbin/postmap hash:/etc/shadow");
        row("postmap-dotdot", MtaKind::Postfix, "/usr/sbin/postmap hash:/etc/postfix/../shadow");
        row("postmap-subdir", MtaKind::Postfix, "/usr/sbin/postmap hash:/etc/postfix/x/../../shadow");
        row("postmap-hidden", MtaKind::Postfix, "/usr/sbin/postmap hash:/etc/postfix/.x");
        row("postmap-option", MtaKind::Postfix, "/usr/sbin/postmap -c /tmp/evil hash:/etc/postfix/access");
        row("postmap-query", MtaKind::Postfix, "/usr/sbin/postmap -q x hash:/etc/postfix/access");
        row("postmap-two", MtaKind::Postfix, "/usr/sbin/postmap hash:/etc/postfix/a hash:/etc/shadow");
        row("postmap-proxy", MtaKind::Postfix, "/usr/sbin/postmap proxy:hash:/etc/postfix/a");
        row("postalias-outside", MtaKind::Postfix, "/usr/sbin/postalias hash:/root/aliases");
        row("postsuper-all", MtaKind::Postfix, "/usr/sbin/postsuper -d ALL");
        row("postsuper-config-dir", MtaKind::Postfix, "/usr/sbin/postsuper -c /tmp/evil -d -");
        row("postsuper-repair", MtaKind::Postfix, "/usr/sbin/postsuper -s");
        row("postsuper-two", MtaKind::Postfix, "/usr/sbin/postsuper -d - -d ALL");
        row("postcat-config-dir", MtaKind::Postfix, "/usr/sbin/postcat -c /tmp/evil -bh -q E6F511742B6");
        row("postcat-file", MtaKind::Postfix, "/usr/sbin/postcat /etc/shadow");
        row("postcat-two", MtaKind::Postfix, "/usr/sbin/postcat -bh -q E6F511742B6 /etc/shadow");
        row("postfix-sendmail", MtaKind::Postfix, "/usr/sbin/sendmail -C /tmp/evil.cf -bv root");
        row("helper-elsewhere", MtaKind::Postfix, "/tmp/mw-file read /etc/shadow");
        row("shell", MtaKind::Postfix, "/bin/sh -c id");
        row("sendmail-config", MtaKind::Sendmail, "/usr/sbin/sendmail -C /tmp/evil.cf -bv postmaster");
        row("sendmail-other-address", MtaKind::Sendmail, "/usr/sbin/sendmail -bv root");
        row("sendmail-daemon", MtaKind::Sendmail, "/usr/sbin/sendmail -bd");
        row("sendmail-queue-config", MtaKind::Sendmail, "/usr/sbin/sendmail -q -C/tmp/evil.cf");
        row("sendmail-queue-part", MtaKind::Sendmail, "/usr/sbin/sendmail -v -qI6B");
        row("sendmail-queue-background", MtaKind::Sendmail, "/usr/sbin/sendmail -qI6B66fG1T000277");
        row("sendmail-queue-verbose-config", MtaKind::Sendmail, "/usr/sbin/sendmail -v -qI6B66fG1T000277 -C/tmp/x.cf");
        row("sendmail-queue-two", MtaKind::Sendmail, "/usr/sbin/sendmail -qI6B66fG1T000277 -qI6B66fG1T000278");
        row("sendmail-quarantine-space", MtaKind::Sendmail, "/usr/sbin/sendmail -qI6B66fG1T000277 -Qa -C/tmp/x.cf");
        row("sendmail-quarantine-all", MtaKind::Sendmail, "/usr/sbin/sendmail -qQ -Q");
        row("sendmail-queue-recipient", MtaKind::Sendmail, "/usr/sbin/sendmail -qRexample.com");
        row("sendmail-submission-config", MtaKind::Sendmail, "/usr/sbin/sendmail -Ac -v -qI6B66fG1T000277 -C/tmp/x.cf");
        row("sendmail-submission-recipient", MtaKind::Sendmail, "/usr/sbin/sendmail -Ac -qRexample.com");
        row("sendmail-submission-other-cf", MtaKind::Sendmail, "/usr/sbin/sendmail -Am -v -qI6B66fG1T000277");
        row("newaliases-args", MtaKind::Sendmail, "/usr/sbin/newaliases -C /tmp/evil.cf");
        row("makemap-outside", MtaKind::Sendmail, "/usr/sbin/makemap hash /etc/shadow");
        row("makemap-dotdot", MtaKind::Sendmail, "/usr/sbin/makemap hash /etc/mail/../shadow");
        row("makemap-option", MtaKind::Sendmail, "/usr/sbin/makemap -C /tmp/evil.cf hash /etc/mail/access");
        row("init-restart", MtaKind::Sendmail, "/etc/init.d/sendmail restart");
        row("init-stop", MtaKind::Sendmail, "/etc/init.d/sendmail stop");
        row("tcprules-other", MtaKind::Qmail, "/usr/bin/tcprules /etc/passwd.cdb /etc/tcp.smtp.tmp");
        row("svc-down-smtpd", MtaKind::Qmail, "/usr/bin/svc -d /service/qmail-smtpd");
        row("svc-kill", MtaKind::Qmail, "/usr/bin/svc -k /service/qmail-send");
        row("svc-down-up", MtaKind::Qmail, "/usr/bin/svc -d -u /service/qmail-send");
        row("svc-down-two", MtaKind::Qmail, "/usr/bin/svc -d /service/qmail-send /service/qmail-smtpd");
        row("svc-exit", MtaKind::Qmail, "/usr/bin/svc -x /service/qmail-send");
        row("svstat-other", MtaKind::Qmail, "/usr/bin/svstat /service/qmail-smtpd");
        row("svc-other", MtaKind::Qmail, "/usr/bin/svc -h /service/sshd");
        row("qmail-newu-args", MtaKind::Qmail, "/var/qmail/bin/qmail-newu /tmp");
    }
    void rootEquivalentsRefused()
    {
        QFETCH(MtaKind, kind);
        QFETCH(QByteArrayList, argv);
        const auto plan = planFor(kind);
        QVERIFY(plan);
        QVERIFY2(!plan->allows(argv), argv.join(' ').constData());
    }

    // The rules are exactly the sudoers file's lines, one command each.
    void rulesAreTheFile()
    {
        for (MtaKind kind : {MtaKind::Postfix, MtaKind::Sendmail, MtaKind::Qmail}) {
            const auto plan = planFor(kind);
            QVERIFY(plan);
            QByteArrayList lines;
            for (const QByteArray &line : plan->sudoers.content.split('\n'))
                if (!line.isEmpty() && !line.startsWith('#'))
                    lines.append(line);
            QByteArrayList fromRules;
            for (const SudoRule &rule : plan->rules) {
                fromRules.append(rule.line());
                QVERIFY2(!rule.comment.isEmpty(), rule.line().constData());
            }
            QCOMPARE(fromRules, lines);
            QCOMPARE(plan->rules.first().command(), QByteArray("/usr/local/sbin/mw-file"));
            QCOMPARE(plan->rules.first().args, SudoRule::Args::Any); // only the helper takes any argument
            for (const SudoRule &rule : plan->rules.mid(1))
                QVERIFY2(rule.args != SudoRule::Args::Any, rule.line().constData());
        }
    }

    // A sudo without regular expressions (before 1.9.10) gets no regex line,
    // and the plan says which it left out.
    void oldSudoLeavesRegexOut_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("regex");
        QTest::newRow("1.9.16p2") << QStringLiteral("1.9.16p2") << true;
        QTest::newRow("1.9.10") << QStringLiteral("1.9.10") << true;
        QTest::newRow("1.9.9") << QStringLiteral("1.9.9") << false;
        QTest::newRow("1.9.5p2") << QStringLiteral("1.9.5p2") << false;
        QTest::newRow("1.8.31") << QStringLiteral("1.8.31") << false;
        QTest::newRow("2.0") << QStringLiteral("2.0") << true;
        QTest::newRow("unknown") << QString() << true;
    }
    void oldSudoLeavesRegexOut()
    {
        QFETCH(QString, version);
        QFETCH(bool, regex);
        QCOMPARE(PreparationPlan::sudoHasRegex(version), regex);
        const auto plan = planFor(MtaKind::Postfix, version);
        QVERIFY(plan);
        const bool hasRegex = std::any_of(plan->rules.cbegin(), plan->rules.cend(),
            [](const SudoRule &r) { return r.args == SudoRule::Args::Regex; });
        QCOMPARE(hasRegex, regex);
        QCOMPARE(plan->leftOut.size(), regex ? 0 : 3); // postmap, postalias, postcat
        QVERIFY(!plan->sudoers.content.contains(regex ? "@" : "^("));
    }

    void refusedPlans_data()
    {
        QTest::addColumn<MtaKind>("kind");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("helper");
        QTest::newRow("unknown-mta") << MtaKind::Unknown << QStringLiteral("mwadmin")
                                     << QStringLiteral("/usr/local/sbin/mw-file");
        QTest::newRow("root") << MtaKind::Postfix << QStringLiteral("root")
                              << QStringLiteral("/usr/local/sbin/mw-file");
        QTest::newRow("dot-in-name") << MtaKind::Postfix << QStringLiteral("mw.admin")
                                     << QStringLiteral("/usr/local/sbin/mw-file");
        QTest::newRow("sudoers-syntax") << MtaKind::Postfix << QStringLiteral("a ALL=(ALL) ALL\nb")
                                        << QStringLiteral("/usr/local/sbin/mw-file");
        QTest::newRow("empty-user") << MtaKind::Postfix << QString() << QStringLiteral("/usr/local/sbin/mw-file");
        QTest::newRow("relative-helper") << MtaKind::Postfix << QStringLiteral("mwadmin") << QStringLiteral("mw-file");
        QTest::newRow("helper-dotdot") << MtaKind::Postfix << QStringLiteral("mwadmin")
                                       << QStringLiteral("/usr/local/../../tmp/mw-file");
        QTest::newRow("helper-space") << MtaKind::Postfix << QStringLiteral("mwadmin")
                                      << QStringLiteral("/usr/local/sbin/mw-file ALL");
        QTest::newRow("helper-comma") << MtaKind::Postfix << QStringLiteral("mwadmin")
                                      << QStringLiteral("/usr/local/sbin/mw,/bin/sh");
    }
    void refusedPlans()
    {
        QFETCH(MtaKind, kind);
        QFETCH(QString, user);
        QFETCH(QString, helper);
        const auto plan = PreparationPlan::make(kind, user, helper);
        QVERIFY(!plan);
        QVERIFY(!plan.error().isEmpty());
    }

    void sudoRuleParseErrors_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("alias") << QByteArray("Cmnd_Alias X = /bin/true");
        QTest::newRow("defaults") << QByteArray("Defaults:mwadmin !env_reset");
        QTest::newRow("wildcard") << QByteArray("mwadmin ALL = (root) NOPASSWD: /usr/sbin/postmap *");
        QTest::newRow("escape") << QByteArray("mwadmin ALL = (root) NOPASSWD: /usr/sbin/postmap hash\\:/etc/x");
        QTest::newRow("runas-all") << QByteArray("mwadmin ALL = (ALL) NOPASSWD: /usr/sbin/postfix check");
        QTest::newRow("password") << QByteArray("mwadmin ALL = (root) /usr/sbin/postfix check");
        QTest::newRow("missing-colon") << QByteArray("mwadmin ALL = (root) NOPASSWD /usr/bin/true");
        QTest::newRow("relative") << QByteArray("mwadmin ALL = (root) NOPASSWD: postfix check");
        QTest::newRow("regex-hash") << QByteArray("mwadmin ALL = (root) NOPASSWD: /usr/sbin/postmap ^a#b$");
    }
    void sudoRuleParseErrors()
    {
        QFETCH(QByteArray, line);
        const auto rules = SudoRule::parse("# comment\n" + line + '\n');
        QVERIFY(!rules);
        QVERIFY2(rules.error().contains(QLatin1String("line 2")), qPrintable(rules.error()));
    }

    // `sudo -l` as sudo 1.9.16 prints it (the lab's mwsetup after preparing).
    void nopasswdCommandsFromSudoList()
    {
        const QByteArray listing = "Matching Defaults entries for mwsetup on postfix:\n"
                                   "    env_reset, mail_badpass, secure_path=/usr/local/sbin\\:/usr/bin, use_pty\n\n"
                                   "User mwsetup may run the following commands on postfix:\n"
                                   "    (ALL : ALL) ALL\n"
                                   "    (root) NOPASSWD: /usr/local/sbin/mw-file\n"
                                   "    (root) NOPASSWD: /usr/sbin/postfix check, /usr/sbin/postfix reload\n"
                                   "    (root) NOPASSWD: /usr/sbin/newaliases \"\"\n";
        QCOMPARE(HostState::nopasswdCommands(listing),
            (QByteArrayList {"/usr/local/sbin/mw-file", "/usr/sbin/postfix check", "/usr/sbin/postfix reload",
                "/usr/sbin/newaliases \"\""}));
    }
};

QTEST_GUILESS_MAIN(TestPreparationPlan)
#include "tst_preparationplan.moc"
