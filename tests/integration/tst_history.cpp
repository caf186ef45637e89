// The history of the lab Postfix as an admin sees it through mailwarden-cli:
// `history` caches the host's journal on this computer (SQLite) and adds only
// what is new; `history --offline`, and a host that cannot be reached, show
// the cache and say so; a journal cut or rewritten on the host is reported as
// tampering and a roll back from it refused; `drift --diff` names a file
// changed as root behind the engine's back and shows exactly the changed line,
// and a change applied after it through the engine leaves no drift.
#include "clirunner.h"
#include "labhost.h"
#include "mta/catalogue.h"
#include "mta/changesetrunner.h"
#include "mta/history.h"
#include "mta/mta.h"
#include "mta/mtaedits.h"
#include "remote/safefilewriter.h"
#include "remote/sshhost.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

namespace {
const QString kMainCf = QStringLiteral("/etc/postfix/main.cf");
const QString kJournal = QStringLiteral("/etc/postfix/mailwarden-journal");
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    std::optional<LabHost> m_lab;
    std::unique_ptr<SshHost> m_host;
    const Mta *m_mta = MtaRegistry::forKind(MtaKind::Postfix);
    QByteArray m_originalMainCf;
    // The journal a test replaced, and by what: put back by cleanup() even when the test fails.
    std::optional<std::pair<QByteArray, QByteArray>> m_journalSwap;
    // The table bigFilesAreRecordedByHashOnly() grows, and its content before.
    std::optional<std::pair<CatalogueEntry, QByteArray>> m_table;
    // Unique per run: the lab keeps its journal between runs.
    const QByteArray m_token = QByteArray::number(QDateTime::currentMSecsSinceEpoch());

    CliRunner m_cli;
    using Result = CliRunner::Result;
    Result cli(QStringList args)
    {
        if (args.first() != QLatin1String("hosts")) // the host commands connect
            args << QStringLiteral("--known-hosts") << m_lab->knownHostsFile;
        return m_cli.run(args);
    }

    void addHost(quint16 port)
    {
        const Result r = m_cli.addHost(QStringLiteral("pf"), *m_lab, port);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    QByteArray rootRead(const QString &path)
    {
        return m_host->readFile(path, Host::Access::Root).result().value_or(QByteArray("<unreadable>"));
    }

    // As root through the helper, not through the engine: no journal entry.
    bool rootReplace(const QString &path, const QByteArray &old, const QByteArray &content)
    {
        const Command install {
            {m_host->fileHelper().toUtf8(), "install", "--sha256", SafeFileWriter::sha256Hex(content), "--expect",
                SafeFileWriter::sha256Hex(old), path.toUtf8()},
            true, content, {}};
        const auto result = m_host->run(install).result();
        return result && result->succeeded();
    }

    // Applied through the engine (ChangeSetRunner), as the console applies it.
    bool apply(const QByteArray &mainCf, const QString &description)
    {
        return apply({kMainCf, QStringLiteral("postfix-main"), {}, rootRead(kMainCf), mainCf}, description);
    }
    bool apply(const FileChange &change, const QString &description)
    {
        ChangeSet set(MtaKind::Postfix, description);
        set.addFile(change);
        ChangeSetRunner runner(*m_host, *m_mta, set);
        runner.start();
        const bool applied = runner.wait() == ChangeSetRunner::Outcome::Applied;
        if (!applied)
            qWarning().noquote() << runner.report().toText();
        return applied;
    }

    QByteArray withBanner(const QByteArray &banner)
    {
        return MtaEdits::setPostfixParameter(kMainCf, rootRead(kMainCf), "smtpd_banner", banner)
            .value_or(FileChange {})
            .after;
    }

    QJsonArray historyJson(const QStringList &more = {})
    {
        const Result r
            = cli(QStringList {QStringLiteral("history"), QStringLiteral("pf"), QStringLiteral("--json")} + more);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = labHost(QStringLiteral("postfix"), m_scratch);
        if (!m_lab)
            MW_SKIP_OR_FAIL(labProblem());
        m_host = std::make_unique<SshHost>(m_lab->profile, m_lab->credentials(), m_lab->options());
        m_originalMainCf = rootRead(kMainCf);
        QVERIFY(m_originalMainCf.contains("myhostname"));
        addHost(m_lab->profile.port);
    }

    void cleanup()
    {
        if (m_journalSwap) {
            QVERIFY(rootReplace(kJournal, m_journalSwap->second, m_journalSwap->first));
            m_journalSwap.reset();
        }
    }

    void cleanupTestCase()
    {
        if (m_table && rootRead(m_table->first.path) != m_table->second) {
            const CatalogueEntry &t = m_table->first;
            QVERIFY(apply({t.path, t.formatType, t.mapType, rootRead(t.path), m_table->second},
                QStringLiteral("tst_history: the table as it was")));
        }
        if (m_host && rootRead(kMainCf) != m_originalMainCf)
            QVERIFY(apply(m_originalMainCf, QStringLiteral("tst_history: main.cf as it was")));
    }

    void entriesHoldValidationAndAfterCopy()
    {
        QVERIFY(apply(withBanner("$myhostname ESMTP first-" + m_token), QStringLiteral("banner first")));
        const QJsonArray history = historyJson();
        QVERIFY(!history.isEmpty());
        const QJsonObject last = history.last().toObject();
        QCOMPARE(last.value(QStringLiteral("description")).toString(), QStringLiteral("banner first"));
        QVERIFY(last.value(QStringLiteral("who")).toString().contains(QLatin1Char('@')));
        QVERIFY2(last.value(QStringLiteral("validation")).toString().contains(QLatin1String("postfix check")),
            qPrintable(last.value(QStringLiteral("validation")).toString()));
        const QJsonObject file = last.value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(file.value(QStringLiteral("path")).toString(), kMainCf);
        const QString copy = file.value(QStringLiteral("afterCopy")).toString();
        QVERIFY(copy.startsWith(kMainCf + QStringLiteral(".mwbak-")));
        QVERIFY(copy != file.value(QStringLiteral("backup")).toString());
        QCOMPARE(SafeFileWriter::sha256Hex(rootRead(copy)), file.value(QStringLiteral("after")).toString().toLatin1());
    }

    void cacheSyncsAndShowsOffline()
    {
        const QJsonArray online = historyJson();
        QVERIFY(!online.isEmpty());
        QVERIFY(QFileInfo::exists(m_cli.homeFile(QStringLiteral("data/Mailwarden/mailwarden/history/pf.sqlite"))));
        Result r = cli(
            {QStringLiteral("history"), QStringLiteral("pf"), QStringLiteral("--offline"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("as cached on this computer"), r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).array(), online);

        // A change the cache has not seen: offline lacks it until `history` reads the host again.
        QVERIFY(apply(withBanner("$myhostname ESMTP second-" + m_token), QStringLiteral("banner second")));
        QCOMPARE(historyJson({QStringLiteral("--offline")}).size(), online.size());
        const QJsonArray synced = historyJson();
        QCOMPARE(synced.size(), online.size() + 1);
        QCOMPARE(historyJson({QStringLiteral("--offline")}), synced);
    }

    void driftShowsTheChangedLine()
    {
        QVERIFY(apply(withBanner("$myhostname ESMTP recorded-" + m_token), QStringLiteral("banner recorded")));
        Result r = cli({QStringLiteral("drift"), QStringLiteral("pf"), QStringLiteral("--diff")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains("Every file is as Mailwarden's history last recorded it."));

        // Behind the engine's back, as root: postconf -e through sudo.
        const auto edited
            = m_host
                  ->run(Command {
                      {"/usr/sbin/postconf", "-e", "smtpd_banner=$myhostname ESMTP behind-" + m_token}, true, {}, {}})
                  .result();
        QVERIFY2(edited && edited->succeeded(), why(edited).constData());
        r = cli({QStringLiteral("drift"), QStringLiteral("pf"), QStringLiteral("--diff")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("/etc/postfix/main.cf: changed outside Mailwarden since change "), r.out.constData());
        const QByteArray changedLine = "-smtpd_banner = $myhostname ESMTP recorded-" + m_token
            + "\n+smtpd_banner = $myhostname ESMTP behind-" + m_token + "\n";
        QVERIFY2(r.out.contains(changedLine), r.out.constData());
        // Exactly that line: one removed, one added (besides the ---/+++ header).
        int removed = 0, added = 0;
        for (const QByteArray &line : r.out.split('\n')) {
            removed += line.startsWith('-') && !line.startsWith("---");
            added += line.startsWith('+') && !line.startsWith("+++");
        }
        QCOMPARE(removed, 1);
        QCOMPARE(added, 1);

        // A further change through the engine records the file anew: no drift.
        QVERIFY(apply(withBanner("$myhostname ESMTP after-" + m_token), QStringLiteral("banner after")));
        r = cli({QStringLiteral("drift"), QStringLiteral("pf"), QStringLiteral("--diff")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    }

    // Past the bound (HistoryJournal::kMaxAfterCopy) a file is recorded by hash
    // only: drift still names it, and says why there is no diff.
    void bigFilesAreRecordedByHashOnly()
    {
        const auto catalogue = m_mta->catalogue(*m_host).result();
        QVERIFY2(catalogue, why(catalogue).constData());
        CatalogueEntry table;
        for (const CatalogueEntry &e : *catalogue) {
            if (e.path == QLatin1String("/etc/postfix/sender_access"))
                table = e;
        }
        QVERIFY(!table.path.isEmpty());
        const QByteArray original = rootRead(table.path);
        m_table = {table, original};
        QByteArray big = original;
        for (int i = 0; big.size() <= HistoryJournal::kMaxAfterCopy; ++i)
            big += "bulk" + QByteArray::number(i).rightJustified(7, '0') + "@example.org REJECT\n";
        QVERIFY(apply({table.path, table.formatType, table.mapType, original, big}, QStringLiteral("big table")));
        const QJsonObject file
            = historyJson().last().toObject().value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(file.value(QStringLiteral("path")).toString(), table.path);
        QVERIFY(file.value(QStringLiteral("afterCopy")).toString().isEmpty());

        const QByteArray behind = big + "behind@example.org REJECT\n";
        QVERIFY(rootReplace(table.path, big, behind));
        const Result r = cli({QStringLiteral("drift"), QStringLiteral("pf"), QStringLiteral("--diff")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.out.contains("/etc/postfix/sender_access: changed outside Mailwarden since change "), r.out.constData());
        QVERIFY2(r.out.contains("bigger than 4 MiB"), r.out.constData());
        QVERIFY(!r.out.contains("behind@example.org"));
        QVERIFY(apply({table.path, table.formatType, table.mapType, behind, original}, QStringLiteral("table back")));
    }

    void tamperingIsReported_data()
    {
        QTest::addColumn<bool>("truncate");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("last-entry-cut") << true << QByteArray("entries were removed on the host");
        QTest::newRow("rewritten-and-rechained") << false << QByteArray("is not the one cached");
    }
    void tamperingIsReported()
    {
        QFETCH(bool, truncate);
        QFETCH(QByteArray, says);
        const qsizetype cached = historyJson().size(); // the cache has everything
        QVERIFY(cached >= 2);
        const QByteArray journal = rootRead(kJournal);
        QByteArray forged;
        if (truncate) {
            forged = journal.left(journal.lastIndexOf('\n', journal.size() - 2) + 1);
        } else {
            // A valid chain with entry 1 rewritten: only the cache can tell.
            QList<HistoryEntry> entries = HistoryJournal::parse(journal);
            entries[0].description = QStringLiteral("nothing happened");
            for (HistoryEntry e : entries)
                forged += HistoryJournal::appendLine(HistoryJournal::parse(forged), e);
            QCOMPARE(HistoryJournal::verify(HistoryJournal::parse(forged)), 0);
        }
        QVERIFY(rootReplace(kJournal, journal, forged));
        m_journalSwap = {journal, forged};
        Result r = cli({QStringLiteral("history"), QStringLiteral("pf")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("TAMPERING") && r.err.contains(says), r.err.constData());
        r = cli(
            {QStringLiteral("rollback"), QStringLiteral("pf"), QString::number(cached), QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot be trusted"), r.err.constData());
        QCOMPARE(historyJson({QStringLiteral("--offline")}).size(), cached); // the cache kept everything

        cleanup();
        r = cli({QStringLiteral("history"), QStringLiteral("pf")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void unreachableHostShowsTheCache()
    {
        const QJsonArray synced = historyJson();
        QVERIFY(!synced.isEmpty());
        Result r = cli({QStringLiteral("hosts"), QStringLiteral("remove"), QStringLiteral("pf")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        addHost(m_lab->deadPort);
        r = cli({QStringLiteral("history"), QStringLiteral("pf"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2); // cannot be reached, as every command says it
        QVERIFY2(r.err.contains("as cached on this computer"), r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).array(), synced);
        r = cli({QStringLiteral("hosts"), QStringLiteral("remove"), QStringLiteral("pf")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        addHost(m_lab->profile.port);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
