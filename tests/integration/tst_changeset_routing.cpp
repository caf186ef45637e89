// ChangeSetRunner's routing tables against the real lab MTAs: each change is
// proven by a real SMTP client and by the mailbox the message lands in (read
// from the lab host's root directory), before the change, after it and after
// its undo: aliases (postalias, newaliases), Postfix's virtual and transport
// maps, Sendmail's virtusertable, qmail's users/assign (qmail-newu) and
// rcpthosts; a tcp.smtp that tcprules cannot compile is refused or rolled back, every
// file byte-identical; hostile table values never reach a shell.
#include "labhost.h"
#include "mta/changesetrunner.h"
#include "mta/mta.h"
#include "mta/mtaedits.h"
#include "remote/sshhost.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <map>

using namespace Mailwarden;
using namespace Mailwarden::Testing;
using Outcome = ChangeSetRunner::Outcome;
Q_DECLARE_METATYPE(Outcome)

namespace {

// A message that says which row sent it and when: found again in the mailbox.
QByteArray newMarker(const char *what)
{
    return QByteArray("mw-rows-") + what + '-' + QByteArray::number(QCoreApplication::applicationPid()) + '-'
        + QByteArray::number(QRandomGenerator::global()->generate(), 16);
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestChangeSetRouting : public QObject
{
    Q_OBJECT

    struct Site {
        LabHost lab;
        std::unique_ptr<SshHost> host;
        const Mta *mta = nullptr;
        QList<CatalogueEntry> catalogue;
        QString root; ///< the host's root directory as this process sees it
    };

    QTemporaryDir m_scratch;
    std::map<QString, Site> m_sites;

    static void resetLab()
    {
        QProcess::execute(QStringLiteral(MW_SOURCE_DIR "/tests/lab/lab"),
            {QStringLiteral("reset"), QStringLiteral("postfix"), QStringLiteral("sendmail"), QStringLiteral("qmail")});
    }

    // "root=" of the host's state file (tests/lab/lib.sh: $MAILWARDEN_CACHE/lab/run/HOST.env).
    static QString rootOf(const QString &name)
    {
        const QString cache = qEnvironmentVariable("MAILWARDEN_CACHE", QStringLiteral("/var/cache/mailwarden"));
        QFile env(cache + QStringLiteral("/lab/run/") + name + QStringLiteral(".env"));
        if (!env.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray &line : env.readAll().split('\n')) {
            if (line.startsWith("root="))
                return QString::fromUtf8(line.mid(5));
        }
        return {};
    }

    Site &site(const QString &name) { return m_sites.at(name); }

    QByteArray read(Site &s, const QString &path)
    {
        const auto bytes = s.host->readFile(path, Host::Access::Root).result();
        return bytes ? *bytes : QByteArray("<unreadable>");
    }

    CatalogueEntry entry(Site &s, const QString &name)
    {
        for (const CatalogueEntry &e : s.catalogue) {
            if (e.path.endsWith(QLatin1Char('/') + name))
                return e;
        }
        return {};
    }

    // SHA-256 of every catalogue file, read as root: all a change could touch.
    QMap<QString, QByteArray> state(Site &s)
    {
        QMap<QString, QByteArray> out;
        for (const CatalogueEntry &e : s.catalogue)
            out.insert(e.path, sha256(read(s, e.path)));
        return out;
    }

    Outcome apply(Site &s, const ChangeSet &set, QString *report = nullptr)
    {
        ChangeSetRunner runner(*s.host, *s.mta, set);
        runner.start();
        const Outcome outcome = runner.wait();
        if (report)
            *report = runner.report().toText();
        if (outcome != Outcome::Applied && !report)
            qWarning().noquote() << runner.report().toText();
        return outcome;
    }

    // The change of one table entry through MtaEdits (nullopt value: removes it).
    std::expected<ChangeSet, QString> tableEdit(
        Site &s, const QString &table, const QByteArray &key, const std::optional<QByteArray> &value)
    {
        const CatalogueEntry e = entry(s, table);
        if (e.path.isEmpty())
            return std::unexpected(QStringLiteral("%1 is not in the catalogue").arg(table));
        const auto change = value ? MtaEdits::setTableEntry(e, read(s, e.path), key, *value)
                                  : MtaEdits::removeTableEntry(e, read(s, e.path), key);
        if (!change)
            return std::unexpected(change.error());
        ChangeSet set(s.mta->kind(), QString::fromUtf8(key));
        set.addFile(*change);
        return set;
    }

    // The mailbox files of \a who on the host: /var/mail/USER (mbox), or the
    // new/ and cur/ messages of a Maildir (a path ending in "/Maildir").
    QByteArray mailbox(Site &s, const QString &who)
    {
        if (!who.endsWith(QLatin1String("/Maildir"))) {
            QFile mbox(s.root + QStringLiteral("/var/mail/") + who);
            return mbox.open(QIODevice::ReadOnly) ? mbox.readAll() : QByteArray();
        }
        QByteArray all;
        for (const char *sub : {"/new", "/cur"}) {
            QDir dir(s.root + who + QLatin1String(sub));
            for (const QString &file : dir.entryList(QDir::Files)) {
                QFile f(dir.filePath(file));
                if (f.open(QIODevice::ReadOnly))
                    all += f.readAll();
            }
        }
        return all;
    }

    // Waits (bounded, no timing assert) until \a marker is in \a who's mailbox.
    bool arrives(Site &s, const QString &who, const QByteArray &marker)
    {
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            if (mailbox(s, who).contains(marker))
                return true;
            QThread::msleep(200);
        }
        return false;
    }

    // Sends a message with \a marker to \a rcpt; the reply codes (greeting, HELO,
    // MAIL, RCPT, DATA, end of data, QUIT when all went through).
    QList<int> send(Site &s, const QByteArray &rcpt, const QByteArray &marker)
    {
        const QByteArray body
            = "From: tester@client.example\r\nTo: <" + rcpt + ">\r\nSubject: " + marker + "\r\n\r\nbody " + marker;
        return smtpReplyCodes(s.lab.smtpPort,
            {"HELO client.example", "MAIL FROM:<tester@client.example>", "RCPT TO:<" + rcpt + ">", "DATA", "QUIT"},
            QStringLiteral("127.0.0.3"), body);
    }

    QList<int> rcpt(Site &s, const QByteArray &address, const QString &client = QStringLiteral("127.0.0.3"))
    {
        return smtpReplyCodes(s.lab.smtpPort,
            {"HELO client.example", "MAIL FROM:<tester@client.example>", "RCPT TO:<" + address + ">", "QUIT"}, client);
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &name : {QStringLiteral("postfix"), QStringLiteral("sendmail"), QStringLiteral("qmail")}) {
            std::optional<LabHost> lab = labHost(name, m_scratch);
            if (!lab)
                MW_SKIP_OR_FAIL(labProblem());
        }
        // A known start: whatever an earlier run or test left is put back.
        resetLab();
        for (const QString &name : {QStringLiteral("postfix"), QStringLiteral("sendmail"), QStringLiteral("qmail")}) {
            Site s;
            s.lab = *labHost(name, m_scratch);
            s.host = std::make_unique<SshHost>(s.lab.profile, s.lab.credentials(), s.lab.options());
            s.mta = MtaRegistry::forKind(s.lab.profile.mtaHint);
            QVERIFY(s.mta);
            const auto catalogue = s.mta->catalogue(*s.host).result();
            QVERIFY2(catalogue, why(catalogue).constData());
            s.catalogue = *catalogue;
            s.root = rootOf(name);
            QVERIFY2(QFileInfo(s.root + QStringLiteral("/etc")).isDir(), qPrintable(s.root));
            m_sites.emplace(name, std::move(s));
        }
    }

    void cleanupTestCase()
    {
        // Every test undoes its change (one that failed half-way may not have),
        // and the backups and journal entries of all runs go too.
        resetLab();
    }

    // A new alias delivers to its target's mailbox once the MTA's alias
    // database is rebuilt (Postfix: postalias with the map's own type;
    // Sendmail: newaliases); removed again, the address is unknown again.
    void aliasDelivers_data()
    {
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<QString>("rebuild");
        QTest::newRow("postfix") << QStringLiteral("postfix") << QStringLiteral("postalias hash:/etc/aliases");
        QTest::newRow("sendmail") << QStringLiteral("sendmail") << QStringLiteral("newaliases");
    }
    void aliasDelivers()
    {
        QFETCH(QString, hostName);
        QFETCH(QString, rebuild);
        Site &s = site(hostName);
        const CatalogueEntry aliases = entry(s, QStringLiteral("aliases"));
        QCOMPARE(aliases.path, QStringLiteral("/etc/aliases"));
        QCOMPARE(aliases.formatType, QStringLiteral("aliases"));
        const QByteArray before = read(s, aliases.path);
        const QByteArray address = "mw-rows-alias@" + s.lab.fqdn.toUtf8();

        QCOMPARE(rcpt(s, address).value(3), 550); // unknown user
        const auto add = tableEdit(s, QStringLiteral("aliases"), "mw-rows-alias", "bob");
        QVERIFY2(add, qPrintable(add ? QString() : add.error()));
        QString report;
        QCOMPARE(apply(s, *add, &report), Outcome::Applied);
        QVERIFY2(report.contains(rebuild), qPrintable(report));
        const QByteArray marker = newMarker("alias");
        QCOMPARE(send(s, address, marker).value(5), 250);
        QVERIFY2(arrives(s, QStringLiteral("bob"), marker), "the message did not reach bob's mailbox");

        const auto remove = tableEdit(s, QStringLiteral("aliases"), "mw-rows-alias", std::nullopt);
        QVERIFY2(remove, qPrintable(remove ? QString() : remove.error()));
        QCOMPARE(apply(s, *remove), Outcome::Applied);
        QCOMPARE(rcpt(s, address).value(3), 550);
        QCOMPARE(read(s, aliases.path), before);
    }

    // Postfix virtual_alias_maps: virtual01.test's catch-all goes to heidi; a
    // new entry sends one address to carol instead, and its removal back.
    void postfixVirtualAliasRoutes()
    {
        Site &s = site(QStringLiteral("postfix"));
        const QByteArray address = "mw-rows-virtual@virtual01.test";
        const QByteArray first = newMarker("virtual-before");
        QCOMPARE(send(s, address, first).value(5), 250);
        QVERIFY2(arrives(s, QStringLiteral("heidi"), first), "the catch-all did not deliver to heidi");
        QVERIFY(!mailbox(s, QStringLiteral("carol")).contains(first));

        const auto add = tableEdit(s, QStringLiteral("virtual"), address, "carol");
        QVERIFY2(add, qPrintable(add ? QString() : add.error()));
        QString report;
        QCOMPARE(apply(s, *add, &report), Outcome::Applied);
        QVERIFY2(report.contains(QLatin1String("postmap hash:/etc/postfix/virtual")), qPrintable(report));
        const QByteArray routed = newMarker("virtual");
        QCOMPARE(send(s, address, routed).value(5), 250);
        QVERIFY2(arrives(s, QStringLiteral("carol"), routed), "the virtual alias did not deliver to carol");
        QVERIFY(!mailbox(s, QStringLiteral("heidi")).contains(routed));

        QCOMPARE(apply(s, add->undo()), Outcome::Applied);
        const QByteArray after = newMarker("virtual-after");
        QCOMPARE(send(s, address, after).value(5), 250);
        QVERIFY2(arrives(s, QStringLiteral("heidi"), after), "after the undo the catch-all did not deliver to heidi");
        QVERIFY(!mailbox(s, QStringLiteral("carol")).contains(after));
    }

    // Postfix transport_maps: a domain routed to error: is refused at RCPT
    // (from 127.0.0.2, in mynetworks, so relaying is allowed); without the
    // entry the same recipient is accepted for the relay.
    void postfixTransportRoutes()
    {
        Site &s = site(QStringLiteral("postfix"));
        const QByteArray address = "someone@mw-rows-transport.example";
        const QString inside = QStringLiteral("127.0.0.2");
        QCOMPARE(rcpt(s, address, inside).value(3), 250);
        const auto add = tableEdit(s, QStringLiteral("transport"), "mw-rows-transport.example",
            "error:5.7.1 Mailwarden test: this domain is closed");
        QVERIFY2(add, qPrintable(add ? QString() : add.error()));
        QString report;
        QCOMPARE(apply(s, *add, &report), Outcome::Applied);
        QVERIFY2(report.contains(QLatin1String("postmap hash:/etc/postfix/transport")), qPrintable(report));
        QCOMPARE(rcpt(s, address, inside).value(3), 550);
        QCOMPARE(apply(s, add->undo()), Outcome::Applied);
        QCOMPARE(rcpt(s, address, inside).value(3), 250);
    }

    // Sendmail FEATURE(virtusertable): virtual03.test's catch-all is an
    // error:nouser; an entry for one address delivers it to carol after makemap.
    void sendmailVirtusertableRoutes()
    {
        Site &s = site(QStringLiteral("sendmail"));
        const QByteArray address = "mw-rows-virtual@virtual03.test";
        QCOMPARE(rcpt(s, address).value(3), 550);
        const auto add = tableEdit(s, QStringLiteral("virtusertable"), address, "carol");
        QVERIFY2(add, qPrintable(add ? QString() : add.error()));
        QString report;
        QCOMPARE(apply(s, *add, &report), Outcome::Applied);
        QVERIFY2(report.contains(QLatin1String("makemap hash /etc/mail/virtusertable")), qPrintable(report));
        const QByteArray marker = newMarker("virtusertable");
        QCOMPARE(send(s, address, marker).value(5), 250);
        QVERIFY2(arrives(s, QStringLiteral("carol"), marker), "the virtusertable entry did not deliver to carol");
        QCOMPARE(apply(s, add->undo()), Outcome::Applied);
        QCOMPARE(rcpt(s, address).value(3), 550);
    }

    // qmail users/assign: an unknown local part goes to the alias user's
    // Maildir (.qmail-default); a new =address line sends it to carol once
    // qmail-newu compiled users/cdb, and its removal back to the alias user.
    void qmailAssignRoutes()
    {
        Site &s = site(QStringLiteral("qmail"));
        const QString path = QStringLiteral("/var/qmail/users/assign");
        const QByteArray assign = read(s, path);
        const QByteArray address = "mw-rows-assign@" + s.lab.fqdn.toUtf8();
        const QString aliasBox = QStringLiteral("/var/qmail/alias/Maildir");
        const QString carolBox = QStringLiteral("/home/carol/Maildir");
        const QByteArray first = newMarker("assign-before");
        QCOMPARE(send(s, address, first).value(5), 250);
        QVERIFY2(arrives(s, aliasBox, first), "the alias user did not get the unknown address");
        QVERIFY(!mailbox(s, carolBox).contains(first));

        // carol's own line, under another local part, before the final "."
        const qsizetype carol = assign.indexOf("\n=carol:");
        QVERIFY(carol > 0);
        const QByteArray carolLine = assign.mid(carol + 1, assign.indexOf('\n', carol + 1) - carol);
        const QByteArray newLine = "=mw-rows-assign" + carolLine.mid(carolLine.indexOf(':'));
        const qsizetype dot = assign.lastIndexOf("\n.\n");
        QVERIFY(dot > 0);
        ChangeSet set(MtaKind::Qmail, QStringLiteral("assign mw-rows-assign to carol"));
        set.addFile({path, QStringLiteral("qmail-assign"), QStringLiteral("cdb"), assign,
            assign.left(dot + 1) + newLine + assign.mid(dot + 1)});
        QString report;
        QCOMPARE(apply(s, set, &report), Outcome::Applied);
        QVERIFY2(report.contains(QLatin1String("qmail-newu")), qPrintable(report));
        const QByteArray routed = newMarker("assign");
        QCOMPARE(send(s, address, routed).value(5), 250);
        QVERIFY2(arrives(s, carolBox, routed), "the assign entry did not deliver to carol");
        QVERIFY(!mailbox(s, aliasBox).contains(routed));

        QCOMPARE(apply(s, set.undo()), Outcome::Applied);
        QCOMPARE(read(s, path), assign);
        const QByteArray after = newMarker("assign-after");
        QCOMPARE(send(s, address, after).value(5), 250);
        QVERIFY2(arrives(s, aliasBox, after), "after the undo the alias user did not get the address");
        QVERIFY(!mailbox(s, carolBox).contains(after));
    }

    // qmail rcpthosts: a domain added to it may be relayed to from 127.0.0.3
    // (qmail-smtpd reads the file per connection), removed it is refused again.
    void qmailRcpthostsRelay()
    {
        Site &s = site(QStringLiteral("qmail"));
        const QString path = QStringLiteral("/var/qmail/control/rcpthosts");
        const QByteArray rcpthosts = read(s, path);
        const QByteArray address = "someone@mw-rows-relay.example";
        QCOMPARE(rcpt(s, address).value(3), 553);
        ChangeSet set(MtaKind::Qmail, QStringLiteral("accept mail for mw-rows-relay.example"));
        set.addFile({path, QStringLiteral("qmail-control"), {}, rcpthosts, rcpthosts + "mw-rows-relay.example\n"});
        QCOMPARE(apply(s, set), Outcome::Applied);
        QCOMPARE(rcpt(s, address).value(3), 250);
        QCOMPARE(apply(s, set.undo()), Outcome::Applied);
        QCOMPARE(rcpt(s, address).value(3), 553);
        QCOMPARE(read(s, path), rcpthosts);

        // The runs left rcpthosts' backups and the journal in control/, where
        // qmail keeps its control files: they are not control files.
        QVERIFY(!QDir(s.root + QStringLiteral("/var/qmail/control"))
                .entryList({QStringLiteral("rcpthosts.mwbak-*")}, QDir::Files)
                .isEmpty());
        QVERIFY(QFile::exists(s.root + QStringLiteral("/var/qmail/control/mailwarden-journal")));
        const auto catalogue = s.mta->catalogue(*s.host).result();
        QVERIFY2(catalogue, why(catalogue).constData());
        for (const CatalogueEntry &e : *catalogue) {
            QVERIFY2(!e.path.contains(QLatin1String(".mwbak-")), qPrintable(e.path));
            QVERIFY2(!e.path.endsWith(QLatin1String("/mailwarden-journal")), qPrintable(e.path));
        }
        QVERIFY(std::ranges::any_of(*catalogue, [&](const CatalogueEntry &e) { return e.path == path; }));
    }

    // A tcp.smtp that tcprules cannot compile never replaces the rules: refused
    // by the parser, or written and rolled back when tcprules fails; every
    // catalogue file and the compiled cdb keep their bytes, and qmail-smtpd
    // still answers.
    void qmailBrokenTcprulesRefused_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<Outcome>("expected");
        QTest::newRow("misspelt-allow") << QByteArray("127.:alow") << Outcome::Refused;
        QTest::newRow("comment-after-rule") << QByteArray("127.0.0.3:allow #relay") << Outcome::Refused;
        QTest::newRow("crlf-line") << QByteArray("127.0.0.3:allow\r") << Outcome::Refused;
        // Our parser only warns about an address (tcprules takes "a b" or "joe-x@1.2.3.4"),
        // tcprules refuses this range: written, then rolled back when tcprules fails.
        QTest::newRow("range-typo") << QByteArray("127.0.0.3-x:allow") << Outcome::RolledBack;
    }
    void qmailBrokenTcprulesRefused()
    {
        QFETCH(QByteArray, line);
        QFETCH(Outcome, expected);
        Site &s = site(QStringLiteral("qmail"));
        const QString path = QStringLiteral("/etc/tcp.smtp");
        const auto before = state(s);
        QFile cdb(s.root + QStringLiteral("/etc/tcp.smtp.cdb"));
        QVERIFY(cdb.open(QIODevice::ReadOnly));
        const QByteArray cdbBefore = sha256(cdb.readAll());
        cdb.close();
        const QByteArray rules = read(s, path);
        ChangeSet set(MtaKind::Qmail, QStringLiteral("broken rule"));
        set.addFile({path, QStringLiteral("qmail-tcprules"), QStringLiteral("cdb"), rules, line + '\n' + rules});
        QString report;
        QCOMPARE(apply(s, set, &report), expected);
        if (expected == Outcome::RolledBack)
            QVERIFY2(report.contains(QLatin1String("unable to parse")) && report.contains(QLatin1String("Roll back")),
                qPrintable(report));
        QCOMPARE(state(s), before);
        QVERIFY(!QFile::exists(s.root + QStringLiteral("/etc/tcp.smtp.tmp")));
        QVERIFY(cdb.open(QIODevice::ReadOnly));
        QCOMPARE(sha256(cdb.readAll()), cdbBefore);
        QCOMPARE(smtpReplyCodes(s.lab.smtpPort, {"QUIT"}).value(0), 220);
    }

    // Hostile keys and values: control characters, NUL and a megabyte are
    // refused by MtaEdits; shell metacharacters are stored and looked up
    // literally and never run (nothing appears in the lab host's /tmp).
    void hostileTableValues_data()
    {
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("refused");
        const QByteArray pwned = "/tmp/mw-rows-pwned";
        for (const char *host : {"postfix", "sendmail"}) {
            const QString name = QString::fromLatin1(host);
            const QString table
                = name == QLatin1String("postfix") ? QStringLiteral("sender_access") : QStringLiteral("access");
            const QByteArray prefix = name == QLatin1String("postfix") ? "" : "From:";
            auto row
                = [&](const char *what) -> QTestData & { return QTest::addRow("%s-%s", host, what) << name << table; };
            row("newline-in-value") << prefix + "x@mw-rows.example" << QByteArray("OK\nevil@mw-rows.example OK")
                                    << true;
            row("nul-in-key") << prefix + QByteArray("x\0y@mw-rows.example", 19) << QByteArray("OK") << true;
            // postmap and makemap skip a line that starts with '#': the entry would be lost
            row("comment-key") << prefix + "#mw-rows@mw-rows.example" << QByteArray("REJECT") << (prefix.isEmpty());
            row("megabyte-key") << prefix + QByteArray(1 << 20, 'k') << QByteArray("REJECT") << true;
            row("command-substitution-key")
                << prefix + "$(touch${IFS}" + pwned + ")@mw-rows.example" << QByteArray("REJECT") << false;
            row("backticks-value") << prefix + "bt@mw-rows.example" << "REJECT `touch " + pwned + "`" << false;
            row("semicolon-value") << prefix + "sc@mw-rows.example" << "REJECT ; touch " + pwned << false;
            row("dollar-paren-value") << prefix + "dp@mw-rows.example" << "REJECT $(touch " + pwned + ")" << false;
        }
        // aliases(5) through postalias: the value is a recipient list, never a command line
        auto alias = [&](const char *what) -> QTestData & {
            return QTest::addRow("postfix-aliases-%s", what) << QStringLiteral("postfix") << QStringLiteral("aliases");
        };
        alias("newline-in-value") << QByteArray("mw-rows-nl") << QByteArray("bob\nroot: |/bin/sh") << true;
        alias("command-substitution-key") << "mw-rows-$(touch${IFS}" + pwned + ")" << QByteArray("bob") << false;
        alias("backticks-value") << QByteArray("mw-rows-bt") << "`touch " + pwned + "`" << false;
        alias("semicolon-value") << QByteArray("mw-rows-sc") << "bob; touch " + pwned << false;
        // newaliases reads the quoted name as given too (sendmail -bv resolves it to bob)
        QTest::newRow("sendmail-aliases-command-substitution-key")
            << QStringLiteral("sendmail") << QStringLiteral("aliases") << "mw-rows-$(touch${IFS}" + pwned + ")"
            << QByteArray("bob") << false;
    }
    void hostileTableValues()
    {
        QFETCH(QString, hostName);
        QFETCH(QString, table);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        QFETCH(bool, refused);
        Site &s = site(hostName);
        const QString path = entry(s, table).path;
        const QByteArray before = read(s, path);
        const auto set = tableEdit(s, table, key, value);
        if (refused) {
            QVERIFY(!set);
            QCOMPARE(read(s, path), before);
            return;
        }
        QVERIFY2(set, qPrintable(set ? QString() : set.error()));
        QCOMPARE(apply(s, *set), Outcome::Applied);
        const QByteArray written = read(s, path);
        const QByteArray separators = table == QLatin1String("aliases") ? ":" : " \t";
        QVERIFY(written.contains(QByteArray('"' + key + "\":")) // an alias name with specials is quoted
            || std::ranges::any_of(separators, [&](char c) { return written.contains(QByteArray(key + c)); }));
        QVERIFY(written.contains(QByteArray(value + '\n')));
        // The compiled map holds the bytes as given.
        Command lookup;
        lookup.sudo = true;
        if (hostName == QLatin1String("postfix")) {
            const QByteArray tool = table == QLatin1String("aliases") ? "/usr/sbin/postalias" : "/usr/sbin/postmap";
            lookup.argv = {tool, "-q", key, "hash:" + path.toUtf8()};
        } else if (table == QLatin1String("aliases")) {
            lookup.argv = {"/usr/sbin/sendmail", "-bv", '"' + key + '"'};
        } else {
            lookup.argv = {"/usr/sbin/sendmail", "-bt"};
            lookup.input = "/map access " + key + "\n";
        }
        const auto found = s.host->run(lookup).result();
        QVERIFY2(found, why(found).constData());
        // postalias prints a recipient list in its own spacing ("bob;touch …")
        auto bare = [](QByteArray b) { return b.replace(' ', QByteArray()); };
        QVERIFY2(bare(found->out).contains(bare(value)), found->out.constData());
        QCOMPARE(apply(s, set->undo()), Outcome::Applied);
        QCOMPARE(read(s, path), before);
        const auto pwned = s.host->run(Command {{"test", "-e", "/tmp/mw-rows-pwned"}, false, {}, {}}).result();
        QVERIFY2(pwned, why(pwned).constData());
        QCOMPARE(pwned->exitCode, 1);
        QVERIFY(!QFile::exists(s.root + QStringLiteral("/tmp/mw-rows-pwned")));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/mw-rows-pwned")));
    }
};

QTEST_GUILESS_MAIN(TestChangeSetRouting)
#include "tst_changeset_routing.moc"
