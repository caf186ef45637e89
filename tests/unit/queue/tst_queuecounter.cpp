#include "queue/queuecounter.h"

#include <QTest>

using namespace Mailwarden::Queue;

class TestQueueCounter : public QObject
{
    Q_OBJECT

    static QueueCounts counts(qint64 total, qint64 deferred, qint64 at)
    {
        QueueCounts c;
        c.total = total;
        c.deferred = deferred;
        c.at = at;
        return c;
    }

private Q_SLOTS:
    void parse()
    {
        const auto c = parseQueueCounts("total 12\ndeferred 9\nheld 2\n");
        QVERIFY(c);
        QCOMPARE(c->total, 12);
        QCOMPARE(c->deferred, 9);
        QCOMPARE(c->held, 2);
        QVERIFY(!parseQueueCounts("total 12\ndeferred 9\n")); // held missing
        QVERIFY(!parseQueueCounts("total 12\ndeferred x\nheld 2\n"));
        QVERIFY(!parseQueueCounts("total -1\ndeferred 0\nheld 0\n"));
        QVERIFY(!parseQueueCounts(""));
    }

    void alarms()
    {
        QueueThresholds off;
        QVERIFY(off.isEmpty());
        QVERIFY(queueAlarms(off, counts(1'000'000, 1'000'000, 1000), counts(0, 0, 940), 1).isEmpty());

        QueueThresholds limits;
        limits.deferred = 100;
        QVERIFY(queueAlarms(limits, counts(150, 100, 1000), std::nullopt, 0).isEmpty()); // at the limit: fine
        QCOMPARE(queueAlarms(limits, counts(150, 101, 1000), std::nullopt, 0).size(), 1);

        // Growth per minute over the time between the counts.
        QueueThresholds growth;
        growth.growthPerMinute = 50;
        QCOMPARE(queueAlarms(growth, counts(200, 0, 1060), counts(100, 0, 1000), 0).size(), 1); // 100/min
        QVERIFY(queueAlarms(growth, counts(200, 0, 1180), counts(100, 0, 1000), 0).isEmpty()); // 33/min
        QVERIFY(queueAlarms(growth, counts(200, 0, 1060), std::nullopt, 0).isEmpty()); // no earlier count
        QVERIFY(queueAlarms(growth, counts(50, 0, 1060), counts(100, 0, 1000), 0).isEmpty()); // shrinking
        QVERIFY(queueAlarms(growth, counts(200, 0, 1000), counts(100, 0, 1000), 0).isEmpty()); // same second

        QueueThresholds oldest;
        oldest.oldestMinutes = 60;
        QCOMPARE(queueAlarms(oldest, counts(1, 1, 10'000), std::nullopt, 10'000 - 3601).size(), 1);
        QVERIFY(queueAlarms(oldest, counts(1, 1, 10'000), std::nullopt, 10'000 - 3600).isEmpty());
        QVERIFY(queueAlarms(oldest, counts(0, 0, 10'000), std::nullopt, 0).isEmpty()); // empty queue

        QueueThresholds all;
        all.deferred = 1;
        all.growthPerMinute = 1;
        all.oldestMinutes = 1;
        const QStringList three = queueAlarms(all, counts(500, 400, 1060), counts(100, 100, 1000), 1);
        QCOMPARE(three.size(), 3);
        QVERIFY(three.at(0).contains(QLatin1String("400")));
        QVERIFY(three.at(1).contains(QLatin1String("400"))); // 400 more in one minute
    }
};

QTEST_GUILESS_MAIN(TestQueueCounter)
#include "tst_queuecounter.moc"
