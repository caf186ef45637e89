// HistoryJournal's hash chain: entries appended in order verify; an edited,
// removed, reordered or forged entry breaks the chain at that entry.
#include "mta/history.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
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
    e.files
        = {{QStringLiteral("/etc/postfix/main.cf"), "aa", "bb", QStringLiteral("/etc/postfix/main.cf.mwbak-x"), {}}};
    e.diff = QStringLiteral("--- a/etc/postfix/main.cf\n");
    return e;
}

QByteArray journalOf(int count)
{
    QByteArray bytes;
    for (int i = 1; i <= count; ++i) {
        HistoryEntry e = entry(QStringLiteral("change %1").arg(i));
        bytes += HistoryJournal::appendLine(HistoryJournal::parse(bytes), e);
    }
    return bytes;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chainHolds()
    {
        const QList<HistoryEntry> entries = HistoryJournal::parse(journalOf(4));
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[2].id, 3);
        QCOMPARE(entries[2].previousHash, entries[1].hash);
        QCOMPARE(entries[0].previousHash, QByteArray());
        QCOMPARE(HistoryJournal::verify(entries), 0);
        QCOMPARE(entries[3].files, entry({}).files);
        QCOMPARE(entries[3].time, entry({}).time);
    }

    void tamperingBreaksTheChain_data()
    {
        QTest::addColumn<int>("tamper");
        QTest::addColumn<int>("brokenAt");
        QTest::newRow("edited-description") << 0 << 2;
        QTest::newRow("edited-backup-path") << 1 << 3;
        QTest::newRow("removed-entry") << 2 << 2;
        QTest::newRow("swapped-entries") << 3 << 2;
        QTest::newRow("rehashed-edit") << 4 << 3; // the edited entry's own hash fixed up: the next link breaks
    }
    void tamperingBreaksTheChain()
    {
        QFETCH(int, tamper);
        QFETCH(int, brokenAt);
        QList<HistoryEntry> entries = HistoryJournal::parse(journalOf(4));
        switch (tamper) {
        case 0:
            entries[1].description = QStringLiteral("nothing to see");
            break;
        case 1:
            entries[2].files[0].backup = QStringLiteral("/tmp/elsewhere");
            break;
        case 2:
            entries.removeAt(1);
            break;
        case 3:
            entries.swapItemsAt(1, 2);
            break;
        default:
            entries[1].outcome = QStringLiteral("rolled-back");
            entries[1].hash = entries[1].computeHash();
        }
        QCOMPARE(HistoryJournal::verify(entries), brokenAt);
    }

    void newFieldsAreChainedAndRoundTrip()
    {
        HistoryEntry e = entry(QStringLiteral("with copy"));
        e.files[0].afterCopy = QStringLiteral("/etc/postfix/main.cf.mwbak-y");
        e.validation = QStringLiteral("postfix check\n  warning: x");
        const QByteArray line = HistoryJournal::appendLine({}, e);
        QList<HistoryEntry> parsed = HistoryJournal::parse(line);
        QCOMPARE(parsed.size(), 1);
        QCOMPARE(parsed[0].files, e.files);
        QCOMPARE(parsed[0].validation, e.validation);
        QCOMPARE(HistoryJournal::verify(parsed), 0);
        parsed[0].files[0].afterCopy = QStringLiteral("/etc/postfix/main.cf.mwbak-forged");
        QCOMPARE(HistoryJournal::verify(parsed), 1);
        parsed = HistoryJournal::parse(line);
        parsed[0].validation.clear();
        QCOMPARE(HistoryJournal::verify(parsed), 1);
    }

    // A line written before afterCopy and validation existed (hash computed over
    // the old fields only) must still verify.
    void entriesWithoutTheNewFieldsStillVerify()
    {
        HistoryEntry e = entry(QStringLiteral("old"));
        e.id = 1;
        QJsonObject json = e.toJson();
        QVERIFY(!json.contains(QStringLiteral("validation")));
        QVERIFY(!json.value(QStringLiteral("files")).toArray().at(0).toObject().contains(QStringLiteral("afterCopy")));
        json.remove(QStringLiteral("hash"));
        const QByteArray oldHash = QCryptographicHash::hash(
            QByteArray("\n" + QJsonDocument(json).toJson(QJsonDocument::Compact)), QCryptographicHash::Sha256)
                                       .toHex();
        json.insert(QStringLiteral("hash"), QString::fromLatin1(oldHash));
        const QList<HistoryEntry> parsed = HistoryJournal::parse(QJsonDocument(json).toJson(QJsonDocument::Compact));
        QCOMPARE(HistoryJournal::verify(parsed), 0);
    }

    void garbageLinesAreReported()
    {
        int broken = -1;
        const QList<HistoryEntry> entries
            = HistoryJournal::parse(QByteArray(journalOf(2) + "not json\n" + journalOf(1)), &broken);
        QCOMPARE(broken, 3);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(HistoryJournal::verify(entries), 3); // the third has id 1 again
    }

    void bigDiffsAreCut()
    {
        HistoryEntry e = entry(QStringLiteral("huge"));
        e.diff = QString(3 << 20, QLatin1Char('x'));
        const QByteArray line = HistoryJournal::appendLine({}, e);
        QVERIFY(line.size() < (2 << 20));
        QCOMPARE(HistoryJournal::verify(HistoryJournal::parse(line)), 0);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
