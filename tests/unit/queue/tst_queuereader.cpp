#include "queue/queuereader.h"
#include "remote/localhost.h"

#include <QSignalSpy>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Queue;

class TestQueueReader : public QObject
{
    Q_OBJECT

    LocalHost m_host;

    // A listing of \a count messages printed in pieces with pauses, as a
    // busy postqueue does, plus \a tail verbatim at the end.
    static Command slowListing(int count, const QByteArray &tail = {})
    {
        QByteArray script = "i=0; while [ $i -lt " + QByteArray::number(count)
            + " ]; do "
              "printf '{\"queue_name\": \"deferred\", \"queue_id\": \"ID%d\", \"arrival_time\": 1796525882, "
              "\"message_size\": 321, "
              "\"sender\": \"s@example.org\", \"recipients\": [{\"address\": \"r%d@example.com\", \"delay_reason\": "
              "\"no\"}]}\\n' $i $i; "
              "i=$((i+1)); [ $((i % 250)) -eq 0 ] && sleep 0.1; done; printf '%s' \"$1\"";
        Command command;
        command.argv = {"sh", "-c", script, "sh", tail};
        command.maxLineLength = PostfixQueueReader::kMaxLineLength;
        return command;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_host.connectToHost().result().has_value()); }

    // Rows arrive in batches while the listing still runs, in order, all of them.
    void batchesWhileTheListingRuns()
    {
        PostfixQueueReader reader(m_host, nullptr);
        reader.setListingCommand(slowListing(1000));
        QList<qsizetype> batches;
        QStringList ids;
        connect(&reader, &QueueReader::messagesArrived, this, [&](const QList<QueueMessage> &batch) {
            batches.append(batch.size());
            for (const QueueMessage &message : batch)
                ids.append(message.id);
        });
        QSignalSpy finished(&reader, &QueueReader::finished);
        reader.start();
        QVERIFY(reader.isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toString(), QString());
        QCOMPARE(ids.size(), 1000);
        QCOMPARE(ids.first(), QStringLiteral("ID0"));
        QCOMPARE(ids.last(), QStringLiteral("ID999"));
        QVERIFY2(batches.size() >= 3, "the listing pauses three times: more than one batch");
        QCOMPARE(reader.messagesRead(), 1000);
        QVERIFY(reader.problems().isEmpty());
        QVERIFY(!reader.isRunning());
    }

    // A listing that arrives faster than it is handed over: no batch carries
    // more than kMaxBatch messages (a receiver on the GUI thread appends
    // each at once), none comes after finished(), none is lost.
    void batchesAreBounded()
    {
        PostfixQueueReader reader(m_host, nullptr);
        Command burst;
        burst.argv = {"awk",
            "BEGIN { for (i = 0; i < 20000; i++) printf \"{\\\"queue_id\\\": \\\"ID%d\\\", "
            "\\\"recipients\\\": [{\\\"address\\\": \\\"r@x\\\"}]}\\n\", i }"};
        burst.maxLineLength = PostfixQueueReader::kMaxLineLength;
        reader.setListingCommand(burst);
        qsizetype largest = 0;
        qsizetype count = 0;
        bool afterFinished = false;
        bool inOrder = true;
        connect(&reader, &QueueReader::messagesArrived, this, [&](const QList<QueueMessage> &batch) {
            largest = qMax(largest, batch.size());
            for (const QueueMessage &message : batch)
                inOrder = inOrder && message.id == QStringLiteral("ID%1").arg(count++);
            afterFinished = afterFinished || !reader.isRunning();
        });
        QSignalSpy finished(&reader, &QueueReader::finished);
        reader.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toString(), QString());
        QCOMPARE(count, 20000);
        QVERIFY(inOrder);
        QVERIFY2(largest <= QueueReader::kMaxBatch, qPrintable(QString::number(largest)));
        QVERIFY(!afterFinished);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(count, 20000);
    }

    // A broken line is named with its number and column; the others are kept.
    void brokenLineIsAProblemNotAFailure()
    {
        PostfixQueueReader reader(m_host, nullptr);
        reader.setListingCommand(slowListing(3, "{\"queue_id\": \"X\", \"sender\": "));
        qsizetype count = 0;
        connect(&reader, &QueueReader::messagesArrived, this,
            [&](const QList<QueueMessage> &batch) { count += batch.size(); });
        QSignalSpy finished(&reader, &QueueReader::finished);
        reader.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toString(), QString());
        QCOMPARE(count, 3);
        QCOMPARE(reader.problems().size(), 1);
        QVERIFY2(reader.problems().first().contains(QLatin1String("-j, "))
                && reader.problems().first().contains(QLatin1String("4")),
            qPrintable(reader.problems().first()));
    }

    // postqueue failing (a Postfix that is not running says so on stderr) is the error.
    void failingListingIsTheError()
    {
        PostfixQueueReader reader(m_host, nullptr);
        Command failing;
        failing.argv
            = {"sh", "-c", "echo 'postqueue: fatal: Queue report unavailable - mail system is down' >&2; exit 75"};
        reader.setListingCommand(failing);
        QSignalSpy finished(&reader, &QueueReader::finished);
        reader.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toString().contains(QLatin1String("mail system is down")));
    }

    // Deleting the reader while it reads stops the command and emits nothing more.
    void deletingStops()
    {
        auto *reader = new PostfixQueueReader(m_host, nullptr);
        reader->setListingCommand(slowListing(100000));
        bool arrived = false;
        connect(reader, &QueueReader::messagesArrived, this, [&] { arrived = true; });
        reader->start();
        QTRY_VERIFY_WITH_TIMEOUT(arrived, 20000);
        delete reader;
        QTest::qWait(200);
    }

    void queueTimes()
    {
        const auto times
            = PostfixQueueReader::parseQueueTimes("61705174261 1796528272\nbad\n722CE1742A5 x\n 5\nABC 0\n");
        QCOMPARE(times.size(), 1);
        QCOMPARE(times.value(QStringLiteral("61705174261")), 1796528272);
    }

    void unsupportedMtasSayWhy()
    {
        QString why;
        QVERIFY(!QueueReader::create(m_host, MtaKind::Unknown, nullptr, &why));
        QVERIFY(!why.isEmpty());
        std::unique_ptr<QueueReader> postfix(QueueReader::create(m_host, MtaKind::Postfix, nullptr));
        QVERIFY(postfix);
    }
};

QTEST_GUILESS_MAIN(TestQueueReader)
#include "tst_queuereader.moc"
