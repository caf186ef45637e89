// mailwarden-cli's editing commands as a script uses them, on the lab hosts:
// mta detect|catalogue, option list|get|set|unset (qmail's control files too),
// table list|show|add|set|remove|move, apply, history, drift, rollback; their
// output, JSON and exit codes (0 done, 1 refused or failed, 2 usage or an
// unreachable host).
#include "clirunner.h"
#include "labhost.h"
#include "mta/changeset.h"
#include "remote/sshhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

} // namespace

class TestCliMta : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    std::optional<LabHost> m_postfix, m_sendmail, m_qmail;

    CliRunner m_cli;
    using Result = CliRunner::Result;
    Result cli(QStringList args, const LabHost *lab = nullptr, const QString &editor = {}, const QByteArray &input = {})
    {
        if (lab)
            args << QStringLiteral("--known-hosts") << lab->knownHostsFile;
        return m_cli.run(args, input, editor);
    }

    void addHost(const QString &name, const LabHost &lab)
    {
        const Result r = m_cli.addHost(name, lab);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_postfix = labHost(QStringLiteral("postfix"), m_scratch);
        m_sendmail = labHost(QStringLiteral("sendmail"), m_scratch);
        m_qmail = labHost(QStringLiteral("qmail"), m_scratch);
        if (!m_postfix || !m_sendmail || !m_qmail)
            MW_SKIP_OR_FAIL(labProblem());
        addHost(QStringLiteral("pf"), *m_postfix);
        addHost(QStringLiteral("sm"), *m_sendmail);
        addHost(QStringLiteral("qm"), *m_qmail);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("mta-no-verb") << QStringList {QStringLiteral("mta")};
        QTest::newRow("mta-bad-verb") << QStringList {
            QStringLiteral("mta"), QStringLiteral("frobnicate"), QStringLiteral("pf")};
        QTest::newRow("option-bad-verb") << QStringList {QStringLiteral("option"), QStringLiteral("toggle")};
        QTest::newRow("table-bad-verb") << QStringList {QStringLiteral("table"), QStringLiteral("drop")};
        QTest::newRow("move-without-position") << args({"table", "move", "pf", "sender_access", "a@example.org"});
        QTest::newRow("move-two-positions") << args({"table", "move", "pf", "sender_access", "a", "--first", "--last"});
        QTest::newRow("before-without-key") << args({"table", "add", "pf", "sender_access", "a", "OK", "--before"});
        QTest::newRow("set-with-position") << args({"table", "set", "pf", "sender_access", "a", "OK", "--first"});
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Result r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Usage") || r.err.contains("usage"), r.err.constData());
    }

    // A host that cannot be reached is exit code 2, like test's; a refused change is 1.
    void unreachableHostIsExitCode2()
    {
        const Result added = cli({QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("dead"),
            QStringLiteral("--address"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QString::number(m_postfix->deadPort), QStringLiteral("--user"), m_postfix->profile.user,
            QStringLiteral("--auth"), QStringLiteral("key"), QStringLiteral("--key"), m_postfix->profile.keyFile});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        for (const QStringList &a :
            {args({"table", "list", "dead"}), args({"option", "get", "dead", "myhostname"}), args({"history", "dead"}),
                args({"drift", "dead"}), args({"mta", "detect", "dead"}), args({"apply", "dead", "x.json"})}) {
            const Result r = cli(a, &*m_postfix);
            QVERIFY2(r.exitCode == 2, qPrintable(a.join(u' ') + QLatin1String(": ") + QString::fromUtf8(r.err)));
        }
        QCOMPARE(cli(args({"table", "list", "no-such-profile"})).exitCode, 2);
        QCOMPARE(cli(args({"mta", "catalogue", "no-such-profile"})).exitCode, 2);
    }

    void tableListAndShowJson()
    {
        Result r = cli(args({"table", "list", "pf", "--json"}), &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        bool found = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("path")).toString() != QLatin1String("/etc/postfix/sender_access"))
                continue;
            found = true;
            QCOMPARE(o.value(QStringLiteral("mapType")).toString(), QStringLiteral("hash"));
            QVERIFY(o.value(QStringLiteral("editable")).toBool());
            QVERIFY(o.value(QStringLiteral("entries")).toInt() > 0);
            QCOMPARE(o.value(QStringLiteral("group")).toString(), QStringLiteral("Access and relay"));
        }
        QVERIFY(found);
        r = cli(args({"table", "list", "qm"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("/etc/tcp.smtp") && r.out.contains("editable"), r.out.constData());

        r = cli(args({"table", "show", "qm", "tcp.smtp", "--json"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QVERIFY(shown.value(QStringLiteral("exists")).toBool());
        const QJsonObject firstRule = shown.value(QStringLiteral("entries")).toArray().first().toObject();
        QCOMPARE(firstRule.value(QStringLiteral("key")).toString(), QStringLiteral("127.0.0.2"));
        QCOMPARE(firstRule.value(QStringLiteral("value")).toString(),
            QStringLiteral("allow,RELAYCLIENT=\"\",RBLSMTPD=\"\""));

        r = cli(args({"option", "get", "pf", "disable_vrfy_command", "--json"}), &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("value")).toString(), QStringLiteral("yes"));
        r = cli(args({"option", "get", "qm", "databytes", "--json"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject databytes = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(databytes.value(QStringLiteral("value")).toString(), QStringLiteral("10485760"));
        QCOMPARE(databytes.value(QStringLiteral("default")).toString(), QStringLiteral("0"));
        QCOMPARE(databytes.value(QStringLiteral("setIn")).toString(), QStringLiteral("/var/qmail/control/databytes"));

        // a dry run as JSON is the change set apply reads, and changes nothing
        r = cli(args({"table", "add", "pf", "sender_access", "dry@example.org", "REJECT", "--first", "--dry-run",
                    "--json"}),
            &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject dry = QJsonDocument::fromJson(r.out).object();
        QVERIFY(dry.value(QStringLiteral("diff")).toString().contains(QLatin1String("+dry@example.org")));
        const auto set = ChangeSet::fromJson(dry.value(QStringLiteral("changes")).toObject());
        QVERIFY(set);
        QCOMPARE(set->files().size(), 1);
        QVERIFY(set->files().first().after.startsWith("dry@example.org")
            || set->files().first().after.contains("\ndry@example.org"));
        r = cli(args({"table", "show", "pf", "sender_access"}), &*m_postfix);
        QVERIFY(!r.out.contains("dry@example.org"));
    }

    // `edit` hands a local copy to $EDITOR (here a shell line standing in for the
    // admin), checks it with the file's format and applies it as one change; a
    // broken edit is shown at the copy's line and, declined, changes nothing; an
    // editor that fails changes nothing.
    void editInTheAdminsEditor()
    {
        const auto mainCf = [this] {
            const Result shown = cli(args({"table", "show", "pf", "main.cf", "--json"}), &*m_postfix);
            return QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("content")).toString().toUtf8();
        };
        const QByteArray original = mainCf();
        QVERIFY(original.contains("myhostname"));
        // the "editor": a script given the copy's path ($EDITOR is split on blanks, not by a shell)
        const auto script = [this](const char *name, const QByteArray &body) {
            QFile f(m_cli.homeFile(QLatin1String(name)));
            if (!f.open(QIODevice::WriteOnly) || f.write("#!/bin/sh\n" + body + '\n') < 0)
                return QString();
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            return f.fileName();
        };
        const QString append = script("append.sh", "printf '# edited in the CLI test\\n' >> \"$1\"");
        const QString unappend = script("unappend.sh", "sed -i '/^# edited in the CLI test$/d' \"$1\"");
        const QString breaks = script("break.sh", "printf 'no equals sign here\\n' >> \"$1\"");
        Result r = cli(args({"edit", "pf", "main.cf", "--dry-run"}), &*m_postfix, append);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("+# edited in the CLI test"), r.out.constData());
        QCOMPARE(mainCf(), original);

        r = cli(args({"edit", "pf", "main.cf"}), &*m_postfix, append);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(mainCf(), original + "# edited in the CLI test\n");
        r = cli(args({"edit", "pf", "main.cf"}), &*m_postfix, unappend);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(mainCf(), original);

        // Postfix stops at a line without '=': refused at the copy's line, declined
        r = cli(args({"edit", "pf", "main.cf"}), &*m_postfix, breaks, "n\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Edit again? [Y/n]"), r.err.constData());
        QVERIFY2(
            r.err.contains(QByteArray("main.cf:" + QByteArray::number(original.count('\n') + 1))), r.err.constData());
        QCOMPARE(mainCf(), original);

        r = cli(args({"edit", "pf", "main.cf"}), &*m_postfix, QStringLiteral("false"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("The editor failed"), r.err.constData());
    }

    // A row's comment from the CLI: added above the rule (tcprules rebuilds the
    // cdb), removed again; a key the table lacks is an error.
    void tableComment()
    {
        Result r = cli(
            args({"table", "comment", "qm", "tcp.smtp", "127.0.0.2", "the lab's own address", "--dry-run", "--json"}),
            &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString diff = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("diff")).toString();
        QVERIFY2(diff.contains(QLatin1String("+# the lab's own address\n 127.0.0.2:")), qPrintable(diff));
        QCOMPARE(diff.count(QLatin1String("\n+")), 2); // "+++ b/etc/tcp.smtp" and the comment
        QCOMPARE(diff.count(QLatin1String("\n-")), 0);
        r = cli(args({"table", "comment", "qm", "tcp.smtp", "127.0.0.2", "the lab's own address"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(args({"table", "comment", "qm", "tcp.smtp", "127.0.0.2"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("-# the lab's own address"), r.out.constData());
        r = cli(args({"table", "comment", "qm", "tcp.smtp", "127.0.0.99", "x"}), &*m_qmail);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("has no entry 127.0.0.99"), r.err.constData());
    }

    // tcp.smtp on qmail: a deny rule for 127.0.0.3 added before the others
    // (tcprules rebuilds the cdb in the run) and tcpserver drops us; moved last it
    // stays where the file shows it; removed, we are served again.
    void qmailTcpRulesAddMoveRemove()
    {
        const QByteArrayList quit {"QUIT"};
        QCOMPARE(smtpReplyCodes(m_qmail->smtpPort, quit).value(0), 220);
        Result r
            = cli(args({"table", "add", "qm", "tcp.smtp", "127.0.0.3", "deny", "--before", "127.0.0.2"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("+127.0.0.3:deny"));
        QCOMPARE(smtpReplyCodes(m_qmail->smtpPort, quit).value(0), -1);
        auto rules = [&]() {
            const Result shown = cli(args({"table", "show", "qm", "tcp.smtp", "--json"}), &*m_qmail);
            QStringList keys;
            for (const QJsonValue &v :
                QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("entries")).toArray())
                keys.append(v.toObject().value(QStringLiteral("key")).toString());
            return keys;
        };
        QCOMPARE(rules().value(0), QStringLiteral("127.0.0.3"));
        r = cli(args({"table", "add", "qm", "tcp.smtp", "127.0.0.3", "allow"}), &*m_qmail);
        QCOMPARE(r.exitCode, 1); // it exists: table set changes it
        QVERIFY(r.err.contains("table set"));
        r = cli(args({"table", "move", "qm", "tcp.smtp", "127.0.0.3", "--after", "127.0.0.1"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(rules().mid(0, 3),
            QStringList({QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.3")}));
        r = cli(args({"table", "move", "qm", "tcp.smtp", "127.0.0.9", "--first"}), &*m_qmail);
        QCOMPARE(r.exitCode, 1);
        r = cli(args({"table", "remove", "qm", "tcp.smtp", "127.0.0.3"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(smtpReplyCodes(m_qmail->smtpPort, quit).value(0), 220);
    }

    // databytes: set small, an oversized message is refused with 552; unset
    // removes the file (qmail's default: no limit) and it is accepted; rolling
    // the unset back puts the file back from its backup, byte for byte.
    void qmailDatabytesSetUnsetRollback()
    {
        const QByteArray original = cli(args({"table", "show", "qm", "databytes"}), &*m_qmail).out;
        QCOMPARE(original, QByteArray("10485760\n"));
        const QByteArray body = "Subject: big\r\n\r\n" + QByteArray(3000, 'x');
        const QByteArrayList message {"HELO test.example", "MAIL FROM:<a@example.org>",
            "RCPT TO:<postmaster@" + m_qmail->fqdn.toUtf8() + ">", "DATA", "QUIT"};
        Result r = cli(args({"option", "set", "qm", "databytes", "1000"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QList<int> codes = smtpReplyCodes(m_qmail->smtpPort, message, QStringLiteral("127.0.0.3"), body);
        QCOMPARE(codes.value(3), 250);
        QCOMPARE(codes.value(5), 552);
        QVERIFY(cli(args({"option", "set", "qm", "databytes", "lots"}), &*m_qmail).exitCode == 1);

        r = cli(args({"option", "unset", "qm", "databytes"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("removed file /var/qmail/control/databytes"), r.out.constData());
        r = cli(args({"option", "get", "qm", "databytes", "--json"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("setIn")).toString(), QString());
        QCOMPARE(
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("value")).toString(), QStringLiteral("0"));
        QCOMPARE(smtpReplyCodes(m_qmail->smtpPort, message, QStringLiteral("127.0.0.3"), body).value(5), 250);
        QCOMPARE(cli(args({"option", "unset", "qm", "databytes"}), &*m_qmail).exitCode, 1); // already the default
        r = cli(args({"drift", "qm"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.out.constData()); // removed by us: no drift

        r = cli(args({"history", "qm", "--json"}), &*m_qmail);
        const QJsonObject unset = QJsonDocument::fromJson(r.out).array().last().toObject();
        QCOMPARE(unset.value(QStringLiteral("description")).toString(), QStringLiteral("Unset databytes"));
        const QJsonObject file = unset.value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(file.value(QStringLiteral("after")).toString(), QString());
        QVERIFY(file.value(QStringLiteral("backup"))
                .toString()
                .startsWith(QLatin1String("/var/qmail/control/databytes.mwbak-")));
        const QString id = QString::number(unset.value(QStringLiteral("id")).toInt());
        r = cli(args({"rollback", "qm", "--dry-run", "--json"}) << id, &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out)
                .object()
                .value(QStringLiteral("diff"))
                .toString()
                .contains(QLatin1String("new file")));
        r = cli(args({"rollback", "qm"}) << id, &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(cli(args({"option", "get", "qm", "databytes"}), &*m_qmail).out, QByteArray("databytes = 1000\n"));
        r = cli(args({"option", "set", "qm", "databytes", "10485760"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(cli(args({"table", "show", "qm", "databytes"}), &*m_qmail).out, original);
    }

    // A control file that does not exist yet: created root:root 0644 like its
    // siblings (expected absent), listed, and rolled back by removing it again.
    // A change set that expects it absent is refused once it exists.
    void qmailCreatesAMissingControlFile()
    {
        const QString path = QStringLiteral("/var/qmail/control/bouncefrom");
        Result r = cli(args({"option", "get", "qm", "bouncefrom", "--json"}), &*m_qmail);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("setIn")).toString(), QString());
        r = cli(args({"option", "set", "qm", "bouncefrom", "bounces", "--dry-run", "--json"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto creating
            = ChangeSet::fromJson(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("changes")).toObject());
        QVERIFY(creating && creating->files().size() == 1 && creating->files().first().absentBefore);
        const QString saved = m_scratch.filePath(QStringLiteral("create.json"));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(creating->toJson()).toJson());
        file.close();

        r = cli(args({"option", "set", "qm", "bouncefrom", "bounces"}), &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("created"), r.out.constData());
        SshHost host(m_qmail->profile, m_qmail->credentials(), m_qmail->options());
        const auto info = host.stat(path).result();
        QVERIFY(info && info->exists);
        QCOMPARE(info->mode, 0644u);
        QCOMPARE(info->uid, 0u);
        QCOMPARE(cli(args({"option", "get", "qm", "bouncefrom"}), &*m_qmail).out, QByteArray("bouncefrom = bounces\n"));
        r = cli(args({"apply", "qm"}) << saved, &*m_qmail);
        QCOMPARE(r.exitCode, 1); // it appeared since the change set was made
        QVERIFY(r.err.contains("Refused"));

        r = cli(args({"history", "qm", "--json"}), &*m_qmail);
        const QString id = QString::number(
            QJsonDocument::fromJson(r.out).array().last().toObject().value(QStringLiteral("id")).toInt());
        r = cli(args({"rollback", "qm"}) << id, &*m_qmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto gone = host.stat(path).result();
        QVERIFY(gone && !gone->exists);
    }

    // header_checks (regexp): the first matching pattern wins, so which of two
    // rules answers for "Subject: mw-order" follows their order in the file.
    void postfixRegexpOrder()
    {
        const QByteArray original = cli(args({"table", "show", "pf", "header_checks"}), &*m_postfix).out;
        SshHost host(m_postfix->profile, m_postfix->credentials(), m_postfix->options());
        auto lookup = [&]() {
            const auto q = host.run(Command {{"/usr/sbin/postmap", "-q", "Subject: mw-order test",
                                                 "regexp:/etc/postfix/header_checks"},
                                        false, {}, {}})
                               .result();
            return q ? q->out.trimmed() : QByteArray();
        };
        Result r
            = cli(args({"table", "add", "pf", "header_checks", "/^Subject: mw-order/", "REJECT narrow", "--first"}),
                &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(
            args({"table", "add", "pf", "header_checks", "/^Subject: mw-/", "REJECT wide", "--first"}), &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lookup(), QByteArray("REJECT wide"));
        r = cli(args({"table", "move", "pf", "header_checks", "/^Subject: mw-/", "--after", "/^Subject: mw-order/"}),
            &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lookup(), QByteArray("REJECT narrow"));
        QVERIFY(cli(args({"table", "remove", "pf", "header_checks", "/^Subject: mw-/"}), &*m_postfix).exitCode == 0);
        QVERIFY(
            cli(args({"table", "remove", "pf", "header_checks", "/^Subject: mw-order/"}), &*m_postfix).exitCode == 0);
        QCOMPARE(cli(args({"table", "show", "pf", "header_checks"}), &*m_postfix).out, original);
    }

    // A failed run rolls back what it created and what it removed: with a
    // main.cf value postfix check rejects in the same change set, a created file
    // is gone again and a removed one is back, byte for byte.
    void failedRunRestoresCreatedAndRemovedFiles()
    {
        const QString kept = QStringLiteral("/etc/postfix/mw-kept");
        const QString fresh = QStringLiteral("/etc/postfix/mw-fresh");
        const QByteArray mainCf = cli(args({"table", "show", "pf", "main.cf"}), &*m_postfix).out;
        auto apply = [&](const ChangeSet &set) {
            const QString saved = m_scratch.filePath(QStringLiteral("run.json"));
            QFile file(saved);
            if (!file.open(QIODevice::WriteOnly))
                return Result {};
            file.write(QJsonDocument(set.toJson()).toJson());
            file.close();
            return cli(args({"apply", "pf"}) << saved, &*m_postfix);
        };
        FileChange create {kept, {}, {}, {}, "keep me\n"};
        create.absentBefore = true;
        ChangeSet setup(MtaKind::Postfix, QStringLiteral("a file to remove"));
        setup.addFile(create);
        Result r = apply(setup);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        ChangeSet failing(MtaKind::Postfix, QStringLiteral("fails in postfix check"));
        FileChange remove {kept, {}, {}, "keep me\n", {}};
        remove.absentAfter = true;
        FileChange add {fresh, {}, {}, {}, "new\n"};
        add.absentBefore = true;
        failing.addFile(remove);
        failing.addFile(add);
        failing.addFile({QStringLiteral("/etc/postfix/main.cf"), QStringLiteral("postfix-main"), {}, mainCf,
            mainCf + "message_size_limit = banana\n"});
        r = apply(failing);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("rolled back"), r.err.constData());
        SshHost host(m_postfix->profile, m_postfix->credentials(), m_postfix->options());
        QCOMPARE(host.readFile(kept, Host::Access::Root).result().value_or(QByteArray()), QByteArray("keep me\n"));
        const auto freshInfo = host.stat(fresh).result();
        QVERIFY(freshInfo && !freshInfo->exists);
        QCOMPARE(cli(args({"table", "show", "pf", "main.cf"}), &*m_postfix).out, mainCf);

        ChangeSet cleanup(MtaKind::Postfix, QStringLiteral("cleanup"));
        cleanup.addFile(remove);
        r = apply(cleanup);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto keptInfo = host.stat(kept).result();
        QVERIFY(keptInfo && !keptInfo->exists);
        r = cli(args({"drift", "pf", "--json"}), &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).isArray());
    }

    // A Postfix cidr table named in main.cf but missing: one change set names it
    // and creates it; the first match wins there, so moving the REJECT row
    // before the OK row changes what postmap -q answers for 127.0.0.3.
    void postfixCidrCreateAndMove()
    {
        const QString cidr = QStringLiteral("/etc/postfix/mw-order.cidr");
        Result r = cli(args({"table", "show", "pf", "main.cf"}), &*m_postfix);
        const QByteArray mainCf = r.out;
        ChangeSet set(MtaKind::Postfix, QStringLiteral("order test table"));
        set.addFile({QStringLiteral("/etc/postfix/main.cf"), QStringLiteral("postfix-main"), {}, mainCf,
            mainCf + "mw_order_test = cidr:" + cidr.toUtf8()
                + "\nsmtpd_client_restrictions = check_client_access $mw_order_test, permit\n"});
        QVERIFY(set.files().size() == 1);
        const QString saved = m_scratch.filePath(QStringLiteral("cidr.json"));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(set.toJson()).toJson());
        file.close();
        r = cli(args({"apply", "pf"}) << saved, &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = cli(args({"table", "list", "pf", "--json"}), &*m_postfix);
        bool listed = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            listed = listed || v.toObject().value(QStringLiteral("path")).toString() == cidr;
        QVERIFY2(listed, r.out.constData());
        r = cli(args({"table", "add", "pf", "mw-order.cidr", "127.0.0.0/8", "OK"}), &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("new file"), r.out.constData());
        r = cli(args({"table", "add", "pf", "mw-order.cidr", "127.0.0.3/32", "REJECT"}), &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        SshHost host(m_postfix->profile, m_postfix->credentials(), m_postfix->options());
        auto lookup = [&]() {
            const auto q
                = host.run(Command {{"/usr/sbin/postmap", "-q", "127.0.0.3", "cidr:" + cidr.toUtf8()}, false, {}, {}})
                      .result();
            return q ? q->out.trimmed() : QByteArray();
        };
        QCOMPARE(lookup(), QByteArray("OK"));
        r = cli(args({"table", "move", "pf", "mw-order.cidr", "127.0.0.3/32", "--before", "127.0.0.0/8"}), &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lookup(), QByteArray("REJECT"));
        QCOMPARE(cli(args({"table", "show", "pf", "mw-order.cidr"}), &*m_postfix).out,
            QByteArray("127.0.0.3/32\tREJECT\n127.0.0.0/8\tOK\n"));

        // back: the cidr file's creation and main.cf, newest first
        r = cli(args({"history", "pf", "--json"}), &*m_postfix);
        const QJsonArray history = QJsonDocument::fromJson(r.out).array();
        QVERIFY(history.size() >= 4);
        for (qsizetype i = history.size() - 1; i >= history.size() - 4; --i) {
            r = cli(args({"rollback", "pf"})
                    << QString::number(history.at(i).toObject().value(QStringLiteral("id")).toInt()),
                &*m_postfix);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const auto gone = host.stat(cidr).result();
        QVERIFY(gone && !gone->exists);
        QCOMPARE(cli(args({"table", "show", "pf", "main.cf"}), &*m_postfix).out, mainCf);
    }

    void detectAndCatalogueJson()
    {
        Result r
            = cli({QStringLiteral("mta"), QStringLiteral("detect"), QStringLiteral("sm"), QStringLiteral("--json")},
                &*m_sendmail);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject detected = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(detected.value(QStringLiteral("mta")).toString(), QStringLiteral("sendmail"));
        QVERIFY(detected.value(QStringLiteral("running")).toBool());

        r = cli({QStringLiteral("mta"), QStringLiteral("catalogue"), QStringLiteral("pf"), QStringLiteral("--json")},
            &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        bool senderAccess = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("path")).toString() == QLatin1String("/etc/postfix/sender_access")) {
                senderAccess = o.value(QStringLiteral("indexed")).toBool()
                    && o.value(QStringLiteral("usedBy"))
                           .toArray()
                           .first()
                           .toString()
                           .contains(QLatin1String("check_sender_access"));
            }
        }
        QVERIFY(senderAccess);
    }

    void optionsAndDryRun()
    {
        Result r = cli({QStringLiteral("option"), QStringLiteral("get"), QStringLiteral("pf"),
                           QStringLiteral("disable_vrfy_command")},
            &*m_postfix);
        QCOMPARE(r.out.trimmed(), QByteArray("disable_vrfy_command = yes"));
        r = cli({QStringLiteral("option"), QStringLiteral("set"), QStringLiteral("pf"),
                    QStringLiteral("disable_vrfy_command"), QStringLiteral("no"), QStringLiteral("--dry-run")},
            &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("-disable_vrfy_command = yes\n+disable_vrfy_command = no\n"));
        QVERIFY(!r.out.contains("Applied"));
        r = cli({QStringLiteral("option"), QStringLiteral("get"), QStringLiteral("pf"),
                    QStringLiteral("disable_vrfy_command")},
            &*m_postfix);
        QCOMPARE(r.out.trimmed(), QByteArray("disable_vrfy_command = yes")); // a dry run changes nothing
        r = cli({QStringLiteral("option"), QStringLiteral("set"), QStringLiteral("pf"),
                    QStringLiteral("no_such_parameter"), QStringLiteral("1")},
            &*m_postfix);
        QCOMPARE(r.exitCode, 1);
        r = cli({QStringLiteral("option"), QStringLiteral("list"), QStringLiteral("pf"), QStringLiteral("--changed"),
                    QStringLiteral("--json")},
            &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).array().size() > 20);
        r = cli({QStringLiteral("table"), QStringLiteral("set"), QStringLiteral("pf"), QStringLiteral("sender_access"),
                    QStringLiteral("evil@example.org"), QStringLiteral("OK\nsmuggled REJECT")},
            &*m_postfix);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("control character"));
    }

    void applyHistoryDriftRollback()
    {
        // A change set file, as another tool would write it: edit main.cf's banner.
        Result r
            = cli({QStringLiteral("table"), QStringLiteral("show"), QStringLiteral("pf"), QStringLiteral("main.cf")},
                &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray mainCf = r.out;
        ChangeSet set(MtaKind::Postfix, QStringLiteral("banner from a file"));
        set.addFile({QStringLiteral("/etc/postfix/main.cf"), QStringLiteral("postfix-main"), {}, mainCf,
            mainCf + "smtpd_banner = $myhostname ESMTP\n"});
        const QString file = m_scratch.filePath(QStringLiteral("change.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(set.toJson()).toJson());
        out.close();
        r = cli({QStringLiteral("apply"), QStringLiteral("sm"), file}, &*m_sendmail);
        QCOMPARE(r.exitCode, 1); // a Postfix change set on the Sendmail host
        r = cli({QStringLiteral("apply"), QStringLiteral("pf"), file}, &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Applied."));

        r = cli({QStringLiteral("history"), QStringLiteral("pf"), QStringLiteral("--json")}, &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray history = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!history.isEmpty());
        const QJsonObject last = history.last().toObject();
        QCOMPARE(last.value(QStringLiteral("description")).toString(), QStringLiteral("banner from a file"));
        const QString id = QString::number(last.value(QStringLiteral("id")).toInt());

        r = cli({QStringLiteral("drift"), QStringLiteral("pf")}, &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        r = cli({QStringLiteral("rollback"), QStringLiteral("pf"), id}, &*m_postfix);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("table"), QStringLiteral("show"), QStringLiteral("pf"), QStringLiteral("main.cf")},
            &*m_postfix);
        QCOMPARE(r.out, mainCf);
        r = cli({QStringLiteral("rollback"), QStringLiteral("pf"), id}, &*m_postfix);
        QCOMPARE(r.exitCode, 1); // main.cf changed since (by the roll back itself)
    }
};

QTEST_GUILESS_MAIN(TestCliMta)
#include "tst_climta.moc"
