// HistoryCache against a temporary SQLite database: the first sync caches the
// host's journal, later ones add only what follows the last cached entry, and a
// journal that does not continue the cache (an entry rewritten, even with a
// valid new chain; entries cut off; a broken link over cached entries) is
// refused in words with the cache left as it was.
#include "mta/historycache.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailwarden;

namespace {

HistoryEntry entry(const QString &description)
{
    HistoryEntry e;
    e.time = QDateTime(QDate(2026, 12, 5), QTime(1, 2, 3), QTimeZone::UTC);
    e.who = QStringLiteral("admin@console");
    e.host = QStringLiteral("mail1");
    e.description = description;
    e.outcome = QStringLiteral("applied");
    e.files = {{QStringLiteral("/etc/postfix/main.cf"), "aa", "bb", QStringLiteral("/etc/postfix/main.cf.mwbak-x"),
        QStringLiteral("/etc/postfix/main.cf.mwbak-y")}};
    e.validation = QStringLiteral("postfix check");
    return e;
}

// A valid chain of \a count entries; from entry \a forkAt on with other descriptions.
QList<HistoryEntry> journal(int count, int forkAt = 0)
{
    QByteArray bytes;
    for (int i = 1; i <= count; ++i) {
        HistoryEntry e
            = entry(QStringLiteral("change %1%2").arg(i).arg(forkAt && i >= forkAt ? QStringLiteral("'") : QString()));
        bytes += HistoryJournal::appendLine(HistoryJournal::parse(bytes), e);
    }
    return HistoryJournal::parse(bytes);
}

} // namespace

class TestHistoryCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<HistoryCache> cache(const QString &name)
    {
        auto opened = HistoryCache::open(m_dir.filePath(QStringLiteral("sub/") + name + QStringLiteral(".sqlite")));
        if (!opened)
            qWarning() << opened.error();
        return opened ? std::move(*opened) : nullptr;
    }

private Q_SLOTS:
    void firstSyncCachesEverything()
    {
        auto c = cache(QStringLiteral("first"));
        QVERIFY(c);
        QVERIFY(!c->syncedAt().isValid());
        QCOMPARE(c->sync(journal(3)).value_or(-1), 3);
        QVERIFY(c->syncedAt().isValid());
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(!(QFileInfo(m_dir.filePath(QStringLiteral("sub"))).permissions() & others)); // the owner's alone
        const auto cached = c->entries();
        QVERIFY(cached);
        QCOMPARE(cached->size(), 3);
        QCOMPARE(cached->at(2).hash, journal(3).at(2).hash);
        QCOMPARE(cached->at(2).files, journal(3).at(2).files);
        QCOMPARE(cached->at(2).validation, QStringLiteral("postfix check"));
    }

    void laterSyncsAddOnlyTheExtension()
    {
        auto c = cache(QStringLiteral("extend"));
        QVERIFY(c);
        QCOMPARE(c->sync(journal(2)).value_or(-1), 2);
        QCOMPARE(c->sync(journal(2)).value_or(-1), 0);
        QCOMPARE(c->sync(journal(5)).value_or(-1), 3);
        QCOMPARE(c->entries().value_or(QList<HistoryEntry>()).size(), 5);
    }

    void survivesReopening()
    {
        {
            auto c = cache(QStringLiteral("reopen"));
            QVERIFY(c);
            QCOMPARE(c->sync(journal(2)).value_or(-1), 2);
        }
        auto c = cache(QStringLiteral("reopen"));
        QVERIFY(c);
        QCOMPARE(c->entries().value_or(QList<HistoryEntry>()).size(), 2);
        QCOMPARE(c->sync(journal(4)).value_or(-1), 2);
    }

    void tamperingIsRefused_data()
    {
        QTest::addColumn<int>("tamper");
        QTest::addColumn<QString>("says");
        QTest::newRow("rewritten-with-a-valid-new-chain") << 0 << QStringLiteral("entry 2 is not the one cached");
        QTest::newRow("truncated") << 1 << QStringLiteral("has 2 entries, the history cached on this computer 4");
        QTest::newRow("edited-in-place") << 2 << QStringLiteral("entry 3, cached before, no longer verifies");
        QTest::newRow("replaced-from-scratch") << 3 << QStringLiteral("entry 1 is not the one cached");
        QTest::newRow("emptied") << 4 << QStringLiteral("has 0 entries");
    }
    void tamperingIsRefused()
    {
        QFETCH(int, tamper);
        QFETCH(QString, says);
        auto c = cache(QStringLiteral("tamper-%1").arg(tamper));
        QVERIFY(c);
        QCOMPARE(c->sync(journal(4)).value_or(-1), 4);
        QList<HistoryEntry> host;
        switch (tamper) {
        case 0:
            host = journal(5, 2);
            break;
        case 1:
            host = journal(2);
            break;
        case 2:
            host = journal(5);
            host[2].description = QStringLiteral("nothing to see");
            break;
        case 3:
            host = journal(6, 1);
            break;
        default:
            break;
        }
        const auto synced = c->sync(host);
        QVERIFY(!synced);
        QVERIFY2(synced.error().contains(says), qPrintable(synced.error()));
        const auto cached = c->entries();
        QVERIFY(cached);
        QCOMPARE(cached->size(), 4);
        QCOMPARE(cached->last().hash, journal(4).last().hash);
    }

    void aBrokenTailIsNotCached()
    {
        auto c = cache(QStringLiteral("broken-tail"));
        QVERIFY(c);
        QList<HistoryEntry> host = journal(5);
        host[3].description = QStringLiteral("edited");
        QCOMPARE(c->sync(host).value_or(-1), 3); // entries 1-3 verify, 4 does not
        QCOMPARE(c->entries().value_or(QList<HistoryEntry>()).size(), 3);
    }

    void clearAcceptsTheHostAgain()
    {
        auto c = cache(QStringLiteral("clear"));
        QVERIFY(c);
        QCOMPARE(c->sync(journal(3)).value_or(-1), 3);
        QVERIFY(!c->sync(journal(2, 1)));
        QVERIFY(c->clear());
        QCOMPARE(c->sync(journal(2, 1)).value_or(-1), 2);
    }
};

QTEST_GUILESS_MAIN(TestHistoryCache)
#include "tst_historycache.moc"
