#include "queue/postqueuejson.h"

#include <QFile>
#include <QTest>

using namespace Mailwarden::Queue;

class TestPostqueueJson : public QObject
{
    Q_OBJECT

    static QueueMessage parsed(PostqueueJsonParser &parser, QByteArrayView line)
    {
        auto message = parser.parseLine(line);
        if (!message)
            qWarning() << "column" << message.error().column << message.error().message;
        return message.value_or(QueueMessage {});
    }

private Q_SLOTS:
    // What the lab's Postfix 3.10 printed: three deferred messages and one on hold.
    void labListing()
    {
        QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/queue/postfix/lab-deferred-and-hold.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        PostqueueJsonParser parser;
        QList<QueueMessage> messages;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            auto message = parser.parseLine(line);
            QVERIFY2(message, qPrintable(message ? QString() : message.error().message));
            messages.append(*message);
        }
        QCOMPARE(messages.size(), 4);
        const QueueMessage &first = messages.first();
        QCOMPARE(first.id, QStringLiteral("EBCFF1742A6"));
        QCOMPARE(first.queue, QueueName::Deferred);
        QCOMPARE(first.arrival, 1796525882);
        QCOMPARE(first.size, 321);
        QCOMPARE(first.forcedExpire, false);
        QCOMPARE(first.sender, QStringLiteral("ops@postfix.lab.test"));
        QCOMPARE(first.recipients.size(), 1);
        QCOMPARE(first.recipients.first().address, QStringLiteral("billing@globex.example"));
        QCOMPARE(first.reason(), QStringLiteral("connect to 127.0.0.1[127.0.0.1]:23250: Connection refused"));
        const auto held
            = std::ranges::count_if(messages, [](const QueueMessage &m) { return m.queue == QueueName::Hold; });
        QCOMPARE(held, 1);
        // One reason, one sender: shared, not copied per message.
        QCOMPARE(messages.at(0).sender.constData(), messages.at(1).sender.constData());
        QCOMPARE(messages.at(0).reason().constData(), messages.at(1).reason().constData());
    }

    void escapesAndKeys_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("forced");
        QTest::newRow("no delay_reason") << QByteArray("{\"queue_name\": \"active\", \"queue_id\": \"A1\", \"sender\": "
                                                       "\"a@b\", \"recipients\": [{\"address\": \"c@d\"}]}")
                                         << QStringLiteral("a@b") << QString() << false;
        QTest::newRow("escapes") << QByteArray(
            "{\"queue_id\": \"A1\", \"sender\": \"q\\\"uote\\\\back\\/slash\\ttab\\u0001\", \"recipients\": "
            "[{\"address\": \"c@d\", \"delay_reason\": \"line\\nbreak\\r\\b\\f\"}]}")
                                 << QStringLiteral("q\"uote\\back/slash\ttab\u0001")
                                 << QStringLiteral("line\nbreak\r\b\f") << false;
        QTest::newRow("utf-8 and \\u") << QByteArray(
            "{\"queue_id\": \"A1\", \"sender\": \"müller\\u00e9\\ud83d\\ude00\", \"recipients\": []}")
                                       << QString::fromUtf8("mülleré\U0001F600") << QString() << false;
        QTest::newRow("lone surrogate") << QByteArray(
            "{\"queue_id\": \"A1\", \"sender\": \"x\\ud800y\", \"recipients\": []}")
                                        << QString::fromUtf8("x\uFFFDy") << QString() << false;
        QTest::newRow("forced_expire (3.10)")
            << QByteArray("{\"queue_id\": \"A1\", \"forced_expire\": true, \"sender\": \"\"}") << QString() << QString()
            << true;
        QTest::newRow("force_expired (snapshot)")
            << QByteArray("{\"queue_id\": \"A1\", \"force_expired\": true, \"sender\": \"\"}") << QString() << QString()
            << true;
        QTest::newRow("unknown keys skipped") << QByteArray(
            "{\"future\": {\"a\": [1, 2.5e3, null, true, {\"b\": \"c\"}]}, \"queue_id\": \"A1\", \"sender\": \"s\", "
            "\"recipients\": [{\"address\": \"r\", \"tls\": {\"x\": false}, \"delay_reason\": \"why\"}], \"n\": -3}")
                                              << QStringLiteral("s") << QStringLiteral("why") << false;
        QTest::newRow("spaces and CR") << QByteArray("  { \"queue_id\" : \"A1\" ,\"sender\":\"s\" }\r")
                                       << QStringLiteral("s") << QString() << false;
    }

    void escapesAndKeys()
    {
        QFETCH(QByteArray, line);
        PostqueueJsonParser parser;
        auto message = parser.parseLine(line);
        QVERIFY2(message, qPrintable(message ? QString() : message.error().message));
        QCOMPARE(message->id, QStringLiteral("A1"));
        QTEST(message->sender, "sender");
        QTEST(message->reason(), "reason");
        QTEST(message->forcedExpire, "forced");
    }

    void errorsSayWhere_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("cut") << QByteArray("{\"queue_id\": \"A1\", \"sender\": \"abc") << 34;
        QTest::newRow("cut after comma") << QByteArray("{\"queue_id\": \"A1\",") << 19;
        QTest::newRow("no queue_id") << QByteArray("{\"sender\": \"s\"}") << 16;
        QTest::newRow("raw control character") << QByteArray("{\"queue_id\": \"A\x01\"}") << 16;
        QTest::newRow("bad escape") << QByteArray("{\"queue_id\": \"A\\q\"}") << 17;
        QTest::newRow("short \\u") << QByteArray("{\"queue_id\": \"\\u12\"}") << 19;
        QTest::newRow("fraction as size") << QByteArray("{\"queue_id\": \"A\", \"message_size\": 1.5}") << 36;
        QTest::newRow("huge number") << QByteArray("{\"queue_id\": \"A\", \"arrival_time\": 99999999999999999999}")
                                     << 53;
        QTest::newRow("garbage after") << QByteArray("{\"queue_id\": \"A\"} x") << 19;
        QTest::newRow("not an object") << QByteArray("[\"queue_id\"]") << 1;
        QTest::newRow("deep nesting") << (QByteArray("{\"queue_id\": \"A\", \"x\": ") + QByteArray(100, '[')) << 57;
    }

    void errorsSayWhere()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, column);
        PostqueueJsonParser parser;
        auto message = parser.parseLine(line);
        QVERIFY(!message);
        QVERIFY(!message.error().message.isEmpty());
        QCOMPARE(message.error().column, column);
    }

    // A message to 10,000 recipients is one line of about 700 KB.
    void tenThousandRecipients()
    {
        QByteArray line = "{\"queue_name\": \"deferred\", \"queue_id\": \"BIG\", \"recipients\": [";
        for (int i = 0; i < 10000; ++i)
            line += (i ? ", " : "") + QByteArray("{\"address\": \"user") + QByteArray::number(i)
                + "@example.com\", \"delay_reason\": \"host example.com said: 451 try later\"}";
        line += "]}";
        PostqueueJsonParser parser;
        const QueueMessage message = parsed(parser, line);
        QCOMPARE(message.recipients.size(), 10000);
        QCOMPARE(message.recipients.last().address, QStringLiteral("user9999@example.com"));
        QCOMPARE(message.recipients.first().reason.constData(), message.recipients.last().reason.constData());
    }

    // All-different strings cannot grow the sharing cache without bound.
    void internCacheIsBounded()
    {
        PostqueueJsonParser parser;
        for (int i = 0; i < PostqueueJsonParser::kMaxInterned + 10; ++i)
            parsed(parser, QByteArray("{\"queue_id\": \"A\", \"sender\": \"s" + QByteArray::number(i) + "\"}"));
        QVERIFY(parser.internedStrings() <= PostqueueJsonParser::kMaxInterned);
        QCOMPARE(queueFromKey("deferred"), QueueName::Deferred);
        QCOMPARE(queueFromKey("nonsense"), QueueName::Other);
        for (const QString &key : queueKeys())
            QCOMPARE(queueKey(queueFromKey(key.toLatin1())), key);
    }

    // The pool behind the sharing: equal text is one string across growth of
    // the table, different text (also differing only in its UTF-8 bytes) is not,
    // and release() forgets without touching the strings handed out.
    void stringPoolShares()
    {
        StringPool pool;
        QVERIFY(pool.share({}).isNull());
        QList<QString> first;
        for (int i = 0; i < 5000; ++i)
            first.append(pool.share(QByteArray("reason " + QByteArray::number(i))));
        QCOMPARE(pool.size(), 5000);
        for (int i = 0; i < 5000; ++i) {
            const QString again = pool.share(QByteArray("reason " + QByteArray::number(i)));
            QCOMPARE(again, QStringLiteral("reason %1").arg(i));
            QCOMPARE(again.constData(), first.at(i).constData());
        }
        const QString e = pool.share("caf\xc3\xa9");
        QCOMPARE(e, QStringLiteral("caf\u00e9"));
        QCOMPARE(pool.share("caf\xc3\xa9").constData(), e.constData());
        QVERIFY(pool.share("cafe").constData() != e.constData());
        QCOMPARE(pool.size(), 5002);
        pool.release();
        QCOMPARE(pool.size(), 0);
        QCOMPARE(first.last(), QStringLiteral("reason 4999"));
        QVERIFY(pool.share("reason 4999").constData() != first.last().constData());
    }
};

QTEST_GUILESS_MAIN(TestPostqueueJson)
#include "tst_postqueuejson.moc"
