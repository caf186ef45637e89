// `hosts prepare` on the real lab hosts, as the lab's mwsetup (full sudo that
// asks for its password): the plan installed from scratch (a scratch helper
// path, /usr/local/sbin/mw-file-mwsetup, and mwsetup's own sudoers file, so
// the admin's helper and rules stay as they are), visudo -c, `sudo -n -l`
// listing exactly the planned lines, the helper's hash, the console's own MTA
// commands through the new rules and root-equivalent ones refused by the real
// sudo; a tampered helper refused without consent, a sudoers syntax error
// rejected by visudo with /etc/sudoers.d untouched, a wrong password with
// nothing changed; and the CLI. Every test leaves /etc/sudoers.d and the
// scratch helper exactly as it found them.
#include "clirunner.h"
#include "labhost.h"
#include "mta/mta.h"
#include "preparation/hoststate.h"
#include "preparation/preparationplan.h"
#include "preparation/preparationrunner.h"
#include "remote/sshhost.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {

const QByteArray kScratchHelper = "/usr/local/sbin/mw-file-mwsetup";
const QByteArray kScratchSudoers = "/etc/sudoers.d/mailwarden-mwsetup";

QByteArray shippedHelperHash()
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/resources/host/mw-file"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestHostPrepare : public QObject
{
    Q_OBJECT
private:
    struct Target {
        LabHost lab;
        std::unique_ptr<SshHost> host;
        QByteArray sudoersBefore; ///< /etc/sudoers.d as the tests found it
    };
    QTemporaryDir m_scratch;
    std::map<QString, Target> m_targets;

    Target *target(const QString &name)
    {
        const auto it = m_targets.find(name);
        return it == m_targets.end() ? nullptr : &it->second;
    }

    // As root through mwsetup's own sudo and password: the test's hands on the host.
    static CommandResult asRoot(Target &t, const QByteArray &script, const QByteArrayList &args = {})
    {
        Command command {QByteArrayList {"sudo", "-S", "-k", "-p", "", "--", "/bin/sh", "-c",
                             "exec </dev/null\nPATH=/usr/sbin:/usr/bin:/sbin:/bin\n" + script, "sh"}
                + args,
            false, t.lab.setupPassword + '\n', {}};
        const auto result = t.host->run(command).result();
        if (!result) {
            CommandResult failed;
            failed.err = why(result);
            return failed;
        }
        return *result;
    }
    static CommandResult asAdmin(Target &t, const QByteArrayList &argv, bool sudo = false)
    {
        const auto result = t.host->run(Command {argv, sudo, {}, {}}).result();
        if (!result) {
            CommandResult failed;
            failed.err = why(result);
            return failed;
        }
        return *result;
    }
    // Every file in /etc/sudoers.d with its hash and mode, and the scratch helper's state.
    static QByteArray snapshot(Target &t)
    {
        return asRoot(t, R"sh(cd /etc/sudoers.d && for f in $(ls -A); do
  printf '%s %s %s\n' "$f" "$(stat -c '%U:%G:%a' "$f")" "$(sha256sum <"$f" | cut -c1-64)"; done
if [ -e "$1" ]; then printf 'helper %s\n' "$(sha256sum <"$1" | cut -c1-64)"; else echo 'helper missing'; fi)sh",
            {kScratchHelper})
            .out;
    }
    static bool removeScratch(Target &t)
    {
        return asRoot(t, "rm -f -- \"$1\" \"$2\"", {kScratchHelper, kScratchSudoers}).exitCode == 0;
    }
    static PreparationPlan plan(Target &t)
    {
        const auto version = HostState::querySudoVersion(*t.host);
        const auto made = PreparationPlan::make(
            t.lab.profile.mtaHint, t.lab.setupUser, QString::fromLatin1(kScratchHelper), version.value_or(QString()));
        if (!made)
            qFatal("no plan: %s", qPrintable(made.error()));
        return *made;
    }
    static PreparationRunner::Outcome prepare(
        Target &t, const PreparationPlan &p, const QByteArray &password, bool replace, QString *report)
    {
        PreparationRunner runner(*t.host, p, {password, replace});
        runner.start();
        const PreparationRunner::Outcome outcome = runner.wait();
        *report = runner.report().toText();
        return outcome;
    }

    CliRunner m_cli;
    using Cli = CliRunner::Result;
    Cli cli(const QStringList &args, const QByteArray &input = {}) { return m_cli.run(args, input); }

    void hosts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("postfix") << QStringLiteral("postfix");
        QTest::newRow("sendmail") << QStringLiteral("sendmail");
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &name : {QStringLiteral("postfix"), QStringLiteral("sendmail")}) {
            auto lab = labHost(name, m_scratch);
            if (!lab)
                MW_SKIP_OR_FAIL(labProblem());
            if (lab->setupUser.isEmpty())
                MW_SKIP_OR_FAIL(QStringLiteral("the running lab has no preparing account (mwsetup): it was started "
                                               "before tests/lab had one; restart the %1 host")
                        .arg(name));
            Target t;
            t.lab = *lab;
            t.lab.profile.user = lab->setupUser;
            t.lab.profile.fileHelper = QString::fromLatin1(kScratchHelper);
            t.host = std::make_unique<SshHost>(t.lab.profile, t.lab.credentials(), t.lab.options());
            // Leftovers of an interrupted run first; then this is the state to leave behind.
            QVERIFY2(removeScratch(t), "cannot reach root through mwsetup's sudo");
            t.sudoersBefore = snapshot(t);
            QVERIFY2(t.sudoersBefore.contains("helper missing"), t.sudoersBefore.constData());
            m_targets.emplace(name, std::move(t));
        }
    }
    void cleanup()
    {
        for (auto &[name, t] : m_targets) {
            QVERIFY(removeScratch(t));
            QCOMPARE(snapshot(t), t.sudoersBefore);
        }
    }

    void prepareFromScratch_data() { hosts_data(); }
    void prepareFromScratch()
    {
        QFETCH(QString, name);
        Target &t = *target(name);
        const PreparationPlan p = plan(t);
        QCOMPARE(p.helper.sha256(), shippedHelperHash());

        // Before: the scratch helper and mwsetup's rules missing; the list is
        // the lab's, installed from the same resources/host file (no drift).
        const auto before = HostState::inspect(*t.host, p);
        QVERIFY2(before, why(before).constData());
        QCOMPARE(before->files.at(0).kind, FileState::Kind::Missing);
        QCOMPARE(before->files.at(1).kind, FileState::Kind::Same);
        QCOMPARE(before->files.at(2).kind, FileState::Kind::Missing);
        QVERIFY(!before->sudoWithoutPassword);

        // The lab's admin has exactly the product's plan too (tests/lab installs
        // the same resources/host files): helper, list and rules byte for byte.
        const auto adminPlan = PreparationPlan::make(t.lab.profile.mtaHint, QStringLiteral("mwadmin"),
            QString::fromLatin1(PreparationPlan::kDefaultHelperPath),
            HostState::querySudoVersion(*t.host).value_or(QString()));
        QVERIFY(adminPlan);
        QByteArrayList adminPaths;
        QByteArray adminHashes;
        for (const PlannedFile &f : adminPlan->files()) {
            adminPaths.append(f.path.toUtf8());
            adminHashes += f.sha256() + '\n';
        }
        QCOMPARE(asRoot(t, "for f in \"$@\"; do sha256sum <\"$f\" | cut -c1-64; done", adminPaths).out, adminHashes);

        QString report;
        QCOMPARE(prepare(t, p, t.lab.setupPassword, false, &report), PreparationRunner::Outcome::Prepared);

        // visudo is content with sudo's whole configuration.
        const CommandResult visudo = asRoot(t, "visudo -c");
        QVERIFY2(visudo.exitCode == 0, QByteArray(visudo.out + visudo.err).constData());
        QVERIFY(visudo.out.contains(QByteArray(kScratchSudoers + ": parsed OK")));
        // sudo -n -l lists exactly the planned lines as NOPASSWD (the password rule apart).
        const CommandResult list = asAdmin(t, {"sudo", "-n", "-l"});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QByteArrayList planned;
        for (const SudoRule &rule : p.rules)
            planned.append(rule.command());
        QCOMPARE(HostState::nopasswdCommands(list.out), planned);
        // The installed helper is the shipped one, root's, 0755; the rules root's 0440.
        const CommandResult facts = asRoot(t,
            "for f in \"$@\"; do printf '%s %s\\n' \"$(stat -c '%U:%G:%a' \"$f\")\" \"$(sha256sum <\"$f\" | cut "
            "-c1-64)\"; "
            "done",
            {kScratchHelper, kScratchSudoers});
        QCOMPARE(facts.out,
            QByteArray("root:root:755 " + shippedHelperHash() + "\nroot:root:440 " + p.sudoers.sha256() + '\n'));
        // The console's own commands pass the new rules as they are run (sudo -n) ...
        const Mta *mta = MtaRegistry::forKind(t.lab.profile.mtaHint);
        QVERIFY(mta);
        for (const Command &c : mta->validateCommands() + mta->verifyCommands()) {
            const auto ran = t.host->run(c).result();
            QVERIFY2(ran && ran->exitCode == 0,
                qPrintable(c.displayString() + QLatin1Char(' ') + QString::fromUtf8(why(ran))));
        }
        const CommandResult stat = asAdmin(t, {kScratchHelper, "stat", p.probePath.toUtf8()}, true);
        QVERIFY2(stat.exitCode == 0 && stat.out.startsWith("regular "), stat.err.constData());
        // ... and the real sudo refuses what would be root (the rows of tst_preparationplan).
        const QList<QByteArrayList> refused = name == QLatin1String("postfix")
            ? QList<QByteArrayList> {{"/usr/sbin/postconf", "-c", "/tmp", "-n"},
                  {"/usr/sbin/postfix", "-c", "/tmp", "status"}, {"/usr/sbin/postmap", "hash:/etc/postfix/../shadow"},
                  {"/usr/sbin/postmap", "-q", "x", "hash:/etc/postfix/x"},
                  {"/usr/sbin/postmap", "hash:/etc/postfix/a", "hash:/etc/shadow"}}
            : QList<QByteArrayList> {{"/usr/sbin/sendmail", "-C", "/tmp/x.cf", "-bv", "postmaster"},
                  {"/usr/sbin/sendmail", "-bv", "root"}, {"/usr/sbin/makemap", "hash", "/etc/mail/../shadow"},
                  {"/usr/sbin/newaliases", "-C", "/tmp/x.cf"}, {"/etc/init.d/sendmail", "stop"}};
        for (const QByteArrayList &argv : refused) {
            QVERIFY(!p.allows(argv));
            const auto ran = t.host->run(Command {argv, true, {}, {}}).result();
            QVERIFY2(!ran && ran.error().kind == RemoteError::Kind::SudoRefused, argv.join(' ').constData());
        }

        // Prepared twice: nothing to install, still verified.
        QCOMPARE(prepare(t, p, t.lab.setupPassword, false, &report), PreparationRunner::Outcome::Prepared);
        QCOMPARE(report.count(QStringLiteral("Already installed, identical.")), 3);
    }

    // A helper that is not the shipped one is shown (both hashes, the diff) and
    // left alone unless the admin confirms; then replaced.
    void tamperedHelperNeedsConsent_data() { hosts_data(); }
    void tamperedHelperNeedsConsent()
    {
        QFETCH(QString, name);
        Target &t = *target(name);
        const PreparationPlan p = plan(t);
        QString report;
        QCOMPARE(prepare(t, p, t.lab.setupPassword, false, &report), PreparationRunner::Outcome::Prepared);
        const CommandResult tamper
            = asRoot(t, "printf 'system(\"id\");\\n' >>\"$1\"; sha256sum <\"$1\" | cut -c1-64", {kScratchHelper});
        QCOMPARE(tamper.exitCode, 0);
        const QByteArray tampered = tamper.out.trimmed();
        const QByteArray snapshotBefore = snapshot(t);

        const auto state = HostState::inspect(*t.host, p);
        QVERIFY(state);
        QCOMPARE(state->files.at(0).kind, FileState::Kind::Different);
        QCOMPARE(state->files.at(0).sha256, tampered);

        QCOMPARE(prepare(t, p, t.lab.setupPassword, false, &report), PreparationRunner::Outcome::Refused);
        QVERIFY2(
            report.contains(QString::fromLatin1(tampered)) && report.contains(QString::fromLatin1(p.helper.sha256())),
            qPrintable(report));
        QVERIFY2(
            report.contains(QStringLiteral("+system(\"id\");")) || report.contains(QStringLiteral("-system(\"id\");")),
            qPrintable(report)); // the diff
        QCOMPARE(snapshot(t), snapshotBefore);

        QCOMPARE(prepare(t, p, t.lab.setupPassword, true, &report), PreparationRunner::Outcome::Prepared);
        QVERIFY2(snapshot(t).contains(QByteArray("helper " + shippedHelperHash())), qPrintable(report));
    }

    // A rule sudo cannot parse (through the plan, the runner's only input):
    // visudo refuses it before anything is installed.
    void sudoersSyntaxErrorRejected_data() { hosts_data(); }
    void sudoersSyntaxErrorRejected()
    {
        QFETCH(QString, name);
        Target &t = *target(name);
        PreparationPlan p = plan(t);
        p.sudoers.content += t.lab.setupUser.toUtf8() + " ALL = (root) NOPASSWD /usr/bin/true\n";
        QString report;
        QCOMPARE(prepare(t, p, t.lab.setupPassword, false, &report), PreparationRunner::Outcome::Refused);
        QVERIFY2(report.contains(QStringLiteral("visudo refused")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("syntax error")), qPrintable(report)); // visudo's own words
        QCOMPARE(snapshot(t), t.sudoersBefore);
    }

    // Valid alone, but not beside the host's other files: a Cmnd_Alias the
    // lab's own drop-in defines too. The whole-configuration check refuses it
    // after the rename and the previous state comes back.
    void wholeConfigurationCheckRollsBack()
    {
        Target &t = *target(QStringLiteral("postfix"));
        PreparationPlan p = plan(t);
        p.sudoers.content += "Cmnd_Alias MW_POSTFIX = /usr/bin/true\n";
        QString report;
        const PreparationRunner::Outcome outcome = prepare(t, p, t.lab.setupPassword, false, &report);
        if (outcome == PreparationRunner::Outcome::Prepared)
            QSKIP("this sudo accepts an alias defined twice; nothing to roll back");
        QCOMPARE(outcome, PreparationRunner::Outcome::Failed);
        QVERIFY2(report.contains(QStringLiteral("the previous state is back")), qPrintable(report));
        // The helper went in before the rules (it is harmless without them); the rules did not stay.
        QVERIFY(!snapshot(t).contains("mailwarden-mwsetup "));
    }

    void wrongPasswordChangesNothing_data() { hosts_data(); }
    void wrongPasswordChangesNothing()
    {
        QFETCH(QString, name);
        Target &t = *target(name);
        QString report;
        QCOMPARE(
            prepare(t, plan(t), "not-" + t.lab.setupPassword, false, &report), PreparationRunner::Outcome::Refused);
        QVERIFY2(report.contains(QStringLiteral("sudo did not accept the password. Nothing was changed.")),
            qPrintable(report));
        QVERIFY(!report.contains(QString::fromUtf8(t.lab.setupPassword)));
        QCOMPARE(snapshot(t), t.sudoersBefore);
    }

    // The CLI as an admin uses it: the plan shown, no consent without a
    // terminal, a wrong password, then the real thing; exit codes 0/1/2.
    void cli()
    {
        Target &t = *target(QStringLiteral("postfix"));
        Cli r = cli({QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("prep"),
            QStringLiteral("--address"), t.lab.profile.address, QStringLiteral("--port"),
            QString::number(t.lab.profile.port), QStringLiteral("--user"), t.lab.setupUser, QStringLiteral("--auth"),
            QStringLiteral("key"), QStringLiteral("--key"), t.lab.profile.keyFile, QStringLiteral("--mta"),
            QStringLiteral("postfix"), QStringLiteral("--file-helper"), QString::fromLatin1(kScratchHelper)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList prepare {QStringLiteral("hosts"), QStringLiteral("prepare"), QStringLiteral("prep"),
            QStringLiteral("--known-hosts"), t.lab.knownHostsFile};

        r = cli(prepare + QStringList {QStringLiteral("--show"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(QStringLiteral("sudoRules")).toArray().size(), plan(t).rules.size());
        QCOMPARE(
            shown.value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(shippedHelperHash()));

        r = cli(prepare + QStringList {QStringLiteral("--show")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(shippedHelperHash()));
        QVERIFY(r.out.contains("mwsetup ALL = (root) NOPASSWD: /usr/sbin/postfix reload"));

        r = cli(prepare, t.lab.setupPassword + '\n'); // no terminal, no --yes: no consent
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no consent"), r.err.constData());
        r = cli(prepare + QStringList {QStringLiteral("--yes"), QStringLiteral("--sudo-password-stdin")}, "wrong\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("did not accept the password"), r.err.constData());
        QCOMPARE(snapshot(t), t.sudoersBefore);

        r = cli(prepare + QStringList {QStringLiteral("--yes"), QStringLiteral("--sudo-password-stdin")},
            t.lab.setupPassword + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("[ok]   Verify: sudo -n -l lists every rule"), r.out.constData());
        QVERIFY(!r.out.contains(t.lab.setupPassword) && !r.err.contains(t.lab.setupPassword));

        r = cli({QStringLiteral("hosts"), QStringLiteral("prepare")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("hosts"), QStringLiteral("prepare"), QStringLiteral("nosuchhost")});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestHostPrepare)
#include "tst_hostprepare.moc"
