// Sendmail's mailstats table, as people read it and as `mailstats -P` prints
// it, recorded on the lab Sendmail; plus broken tables.
#include "stats/mailstatstable.h"

#include <QFile>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Stats;

namespace {

QByteArray data(const char *name)
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/stats/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMailstats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bothFormatsGiveTheSameTable_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("for-people") << data("mailstats-lab.txt");
        QTest::newRow("program-readable") << data("mailstats-lab-p.txt");
    }
    void bothFormatsGiveTheSameTable()
    {
        QFETCH(QByteArray, output);
        const auto sections = parseMailstats(output, QStringLiteral("mailstats"));
        QVERIFY2(sections, sections ? "" : qPrintable(sections.error().toString()));
        QCOMPARE(sections->size(), 2);
        QCOMPARE(sections->at(0).name, QStringLiteral("MSP"));
        const MailstatsSection &mta = sections->at(1);
        QCOMPARE(mta.name, QStringLiteral("MTA"));
        QVERIFY(mta.since.isValid());
        QCOMPARE(mta.mailers.size(), 2);
        QCOMPARE(mta.mailers[0], (MailstatsRow {3, QStringLiteral("local"), 42, 42, 5, 5, 0, 0, 0}));
        QCOMPARE(mta.mailers[1], (MailstatsRow {8, QStringLiteral("relay"), 5, 5, 0, 0, 5, 0, 0}));
        QCOMPARE(mta.total, (MailstatsRow {-1, QString(), 47, 47, 5, 5, 5, 0, 0}));
        QCOMPARE(mta.connectionsFrom, 15);
        QCOMPARE(mta.connectionsRejected, 5);
    }

    void olderSendmailWithoutQuarantineColumn()
    {
        const auto sections = parseMailstats(" M   msgsfr  bytes_from   msgsto    bytes_to  msgsrej msgsdis  Mailer\n"
                                             " 5        2          3K        1          1K        0       0  esmtp\n"
                                             " T        2          3K        1          1K        0       0\n");
        QVERIFY(sections);
        QCOMPARE(sections->first().mailers.first(), (MailstatsRow {5, QStringLiteral("esmtp"), 2, 3, 1, 1, 0, 0, 0}));
    }

    void brokenTablesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray("\n\n") << 3;
        QTest::newRow("garbage-row") << QByteArray("Statistics from Wed Nov 25 07:16:44 2026\n 3 x y\n") << 2;
        QTest::newRow("bad-date") << QByteArray("Statistics from someday\n") << 1;
        QTest::newRow("short-connection-line") << QByteArray(" T 1 1K 1 1K 0 0 0\n C 15\n") << 2;
        QTest::newRow("negative-count") << QByteArray(" 3 -4 4K 0 0K 0 0 0 local\n") << 1;
    }
    void brokenTablesNameTheLine()
    {
        QFETCH(QByteArray, output);
        QFETCH(int, line);
        const auto sections = parseMailstats(output, QStringLiteral("table.txt"));
        QVERIFY(!sections);
        QCOMPARE(sections.error().line, line);
        QCOMPARE(sections.error().file, QStringLiteral("table.txt"));
    }
};

QTEST_GUILESS_MAIN(TestMailstats)
#include "tst_mailstats.moc"
