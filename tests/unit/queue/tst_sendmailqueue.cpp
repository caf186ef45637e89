#include "queue/queuedump.h"
#include "queue/sendmailqueue.h"

#include <QFile>
#include <QTest>

using namespace Mailwarden::Queue;
using namespace Qt::StringLiterals;

class TestSendmailQueue : public QObject
{
    Q_OBJECT

    static QByteArray frame(const QByteArray &header, const QByteArray &data)
    {
        const QList<QByteArray> words = header.split(' ');
        QByteArray out = words.at(0) + ' ' + words.at(1) + ' ' + QByteArray::number(data.size());
        for (qsizetype i = 2; i < words.size(); ++i)
            out += ' ' + words.at(i);
        return out + '\n' + data + '\n';
    }

private Q_SLOTS:
    // What the lab's Sendmail 8.18 queue held: two deferred messages and one
    // quarantined (hf) with its reason; the daemon runs the queue every 10 min.
    void labListing()
    {
        QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/queue/sendmail/lab-deferred-and-quarantined.dump"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto frames = parseQueueDump(file.readAll());
        QVERIFY2(frames, qPrintable(frames ? QString() : frames.error()));
        QStringList problems;
        const qint64 now = 1796540200;
        const SendmailQueueListing listing = sendmailMessagesFromDump(*frames, now, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(listing.interval, 600);
        QCOMPARE(listing.directories, QStringList {QStringLiteral("/var/spool/mqueue")});
        QCOMPARE(listing.messages.size(), 3);
        const QueueMessage &held = listing.messages.at(0);
        QCOMPARE(held.id, QStringLiteral("6B66fG9j000281"));
        QCOMPARE(held.queue, QueueName::Quarantine);
        QCOMPARE(held.retryKind, RetryKind::Unknown); // not retried while quarantined
        QVERIFY(held.reason().contains(QLatin1String("spam_suspect")));
        const QueueMessage &m = listing.messages.at(1);
        QCOMPARE(m.id, QStringLiteral("6B66fG1T000277"));
        QCOMPARE(m.queue, QueueName::Deferred);
        QCOMPARE(m.arrival, 1796539276);
        QCOMPARE(m.size, 25); // the df file's size, as mailq shows it
        QCOMPARE(m.tries, 2);
        QCOMPARE(m.sender, QStringLiteral("ops@sendmail.lab.test"));
        QCOMPARE(m.recipients.size(), 1);
        QCOMPARE(m.recipients.first().address, QStringLiteral("partner@outside.example"));
        QCOMPARE(m.reason(), QStringLiteral("Deferred: Connection refused by [127.0.0.1]"));
        // Last tried at K = 1796539874: the next run after ten minutes.
        QCOMPARE(m.retryKind, RetryKind::Estimate);
        QCOMPARE(m.nextRetry, 1796539874 + 600);
        // One reason for both: shared, not copied per message.
        QCOMPARE(listing.messages.at(1).recipients.first().reason.constData(),
            listing.messages.at(2).recipients.first().reason.constData());
    }

    void records_data()
    {
        QTest::addColumn<QByteArray>("qf");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QStringList>("recipients");
        QTest::addColumn<int>("tries");
        QTest::addColumn<qint64>("lastAttempt");
        QTest::newRow("null sender, two recipients")
            << QByteArray("V8\nT100\nK0\nN0\nS<>\nRPF:a@x.example\nRPFD:<b@y.example>\n.\n") << QString()
            << QStringList {QStringLiteral("a@x.example"), QStringLiteral("b@y.example")} << 0 << qint64(0);
        QTest::newRow("continued header lines are skipped")
            << QByteArray("V8\nT100\nK150\nN1\nSme@x\nH??Subject: one\n\ttwo\nRPF:r@z\n.\n") << QStringLiteral("me@x")
            << QStringList {QStringLiteral("r@z")} << 1 << qint64(150);
        // Before format version 4 a recipient line is the address alone.
        QTest::newRow("old format") << QByteArray("V3\nT100\nSme@x\nRr@z\n.\n") << QStringLiteral("me@x")
                                    << QStringList {QStringLiteral("r@z")} << -1 << qint64(0);
        QTest::newRow("address with a colon") << QByteArray("V8\nT100\nS\nRP::include:/etc/list\n.\n") << QString()
                                              << QStringList {QStringLiteral(":include:/etc/list")} << -1 << qint64(0);
        QTest::newRow("CRLF-free 8-bit text")
            << QByteArray("V8\nT100\nS\xc3\xa9t\xc3\xa9@x\nRPF:r@z\n.\n") << QStringLiteral("été@x")
            << QStringList {QStringLiteral("r@z")} << -1 << qint64(0);
    }

    void records()
    {
        QFETCH(QByteArray, qf);
        const auto parsed = parseSendmailQf(qf);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
        QTEST(parsed->message.sender, "sender");
        QStringList addresses;
        for (const QueueRecipient &r : parsed->message.recipients)
            addresses << r.address;
        QTEST(addresses, "recipients");
        QTEST(parsed->message.tries, "tries");
        QTEST(parsed->lastAttempt, "lastAttempt");
        QCOMPARE(parsed->message.arrival, 100);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("qf");
        QTest::addColumn<int>("line"); // the line the error names; 0 = none
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("no creation time") << QByteArray("V8\nSme@x\n.\n") << 0;
        QTest::newRow("cut short") << QByteArray("V8\nT100\nSme@x\nRPF:r@z\n") << 0;
        QTest::newRow("tries not a number") << QByteArray("V8\nT100\nNmany\n.\n") << 3;
        QTest::newRow("text after the end") << QByteArray("V8\nT100\n.\nRPF:r@z\n") << 4;
    }

    void refused()
    {
        QFETCH(QByteArray, qf);
        QFETCH(int, line);
        const auto parsed = parseSendmailQf(qf);
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().isEmpty());
        if (line > 0)
            QVERIFY2(parsed.error().contains(QString::number(line)), qPrintable(parsed.error()));
    }

    // Active while Sendmail holds the lock, Incoming before the first try,
    // Lost for Qf; a broken file is a problem naming it, not a message.
    void queuesAndProblems()
    {
        const QByteArray dump = frame("dir 0 0", "/var/spool/mqueue") + frame("interval 0 0", "1h30m")
            + frame("qf AAAAAA1 50 10 1 0", "V8\nT100\nK200\nN1\nSa@x\nRPF:r@z\n.\n")
            + frame("qf AAAAAA2 50 -1 0 0", "V8\nT100\nK0\nN0\nSa@x\nRPF:r@z\n.\n")
            + frame("Qf AAAAAA3 50 10 0 0", "V8\nT100\nK200\nN4\nSa@x\nRPF:r@z\n.\n")
            + frame("qf AAAAAA4 50 10 0 1", "V8\nT100\nSa@x\nRPF:r@z\n") + frame("qf AAAAAA5 50 10 0 0", "garbage");
        const auto frames = parseQueueDump(dump);
        QVERIFY2(frames, qPrintable(frames ? QString() : frames.error()));
        QStringList problems;
        const SendmailQueueListing listing = sendmailMessagesFromDump(*frames, 1000, &problems);
        QCOMPARE(listing.interval, 5400);
        QCOMPARE(listing.messages.size(), 3);
        QCOMPARE(listing.messages.at(0).queue, QueueName::Active);
        QCOMPARE(listing.messages.at(1).queue, QueueName::Incoming);
        QCOMPARE(listing.messages.at(1).size, -1);
        QCOMPARE(listing.messages.at(1).nextRetry, 100 + 5400); // never tried: from its arrival
        QCOMPARE(listing.messages.at(2).queue, QueueName::Lost);
        QCOMPARE(problems.size(), 2); // AAAAAA4 cut (too large to read whole), AAAAAA5
        QVERIFY(problems.at(0).contains(QLatin1String("/var/spool/mqueue/qfAAAAAA4")));
        QVERIFY(problems.at(1).contains(QLatin1String("/var/spool/mqueue/qfAAAAAA5")));
    }

    // A "dir" frame with 1 is the submission queue (submit.cf's, the MSP's):
    // its waiting messages are Submission without a retry of the MTA's; a
    // locked one is being handed over (Active), a quarantined one stays so.
    void submissionQueue()
    {
        const QByteArray dump = frame("interval 0 0", "10m") + frame("dir 0 0 0", "/var/spool/mqueue")
            + frame("qf AAAAAA1 50 10 0 0", "V8\nT100\nK200\nN1\nSa@x\nRPF:r@z\n.\n")
            + frame("dir 0 0 1", "/var/spool/mqueue-client")
            + frame("qf BBBBBB1 50 10 0 0", "V8\nT100\nK200\nN1\nSa@x\nRPF:r@z\n.\n")
            + frame("qf BBBBBB2 50 10 1 0", "V8\nT100\nK0\nN0\nSa@x\nRPF:r@z\n.\n")
            + frame("hf BBBBBB3 50 10 0 0", "V8\nT100\nqheld\nSa@x\nRPF:r@z\n.\n");
        const auto frames = parseQueueDump(dump);
        QVERIFY2(frames, qPrintable(frames ? QString() : frames.error()));
        const SendmailQueueListing listing = sendmailMessagesFromDump(*frames, 1000, nullptr);
        QCOMPARE(listing.directories, QStringList({u"/var/spool/mqueue"_s, u"/var/spool/mqueue-client"_s}));
        QCOMPARE(listing.messages.size(), 4);
        QCOMPARE(listing.messages.at(0).queue, QueueName::Deferred);
        QVERIFY(listing.messages.at(0).nextRetry > 0);
        QCOMPARE(listing.messages.at(0).lastAttempt, 200); // K
        QCOMPARE(listing.messages.at(2).lastAttempt, 0); // K0: not tried yet
        QCOMPARE(listing.messages.at(1).queue, QueueName::Submission);
        QCOMPARE(listing.messages.at(1).nextRetry, 0);
        QCOMPARE(listing.messages.at(2).queue, QueueName::Active);
        QCOMPARE(listing.messages.at(3).queue, QueueName::Quarantine);
        QCOMPARE(queueFromKey("submission"), QueueName::Submission);
        QCOMPARE(queueKey(QueueName::Submission), u"submission"_s);
    }

    void intervals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("seconds"); // -1: refused
        QTest::newRow("minutes") << QByteArray("10m") << qint64(600);
        QTest::newRow("mixed") << QByteArray("1h30m") << qint64(5400);
        QTest::newRow("bare seconds") << QByteArray("90") << qint64(90);
        QTest::newRow("week") << QByteArray("1w") << qint64(604800);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("unit without number") << QByteArray("m") << qint64(-1);
        QTest::newRow("unknown unit") << QByteArray("10y") << qint64(-1);
        QTest::newRow("zero") << QByteArray("0m") << qint64(-1);
        QTest::newRow("huge") << QByteArray("9999999999999999999m") << qint64(-1);
    }

    void intervals()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, seconds);
        QCOMPARE(parseSendmailInterval(text).value_or(-1), seconds);
    }

    void nextRetry()
    {
        QCOMPARE(sendmailNextRetry(1000, 500, 600, 1100), 1600); // last try + interval
        QCOMPARE(sendmailNextRetry(0, 500, 600, 700), 1100); // never tried: from arrival
        QCOMPARE(sendmailNextRetry(1000, 500, 600, 5000), 5000); // overdue: now
        QCOMPARE(sendmailNextRetry(1000, 500, 0, 1100), 0); // no queue-running daemon
    }

    void dumpRefused_data()
    {
        QTest::addColumn<QByteArray>("dump");
        QTest::newRow("no header end") << QByteArray("qf X 5 0");
        QTest::newRow("too few words") << QByteArray("qf X 5\nabcde\n");
        QTest::newRow("length not a number") << QByteArray("qf X five 0\nabcde\n");
        QTest::newRow("negative length") << QByteArray("qf X -1 0\n\n");
        QTest::newRow("cut short") << QByteArray("qf X 50 0\nabc\n");
        QTest::newRow("no newline after the data") << QByteArray("qf X 3 0\nabcd");
        QTest::newRow("extra not a number") << QByteArray("qf X 3 0 x\nabc\n");
    }

    void dumpRefused()
    {
        QFETCH(QByteArray, dump);
        const auto frames = parseQueueDump(dump);
        QVERIFY(!frames);
        QVERIFY(!frames.error().isEmpty());
    }

    void sendmailIds()
    {
        QVERIFY(isSendmailQueueId(u"6B66fG1T000277"));
        QVERIFY(!isSendmailQueueId(u"6B66f"));
        QVERIFY(!isSendmailQueueId(u"6B66fG1T\n000277"));
        QVERIFY(!isSendmailQueueId(u"-C/tmp/x"));
        QVERIFY(!isSendmailQueueId(QString(31, u'A')));
    }
};

QTEST_GUILESS_MAIN(TestSendmailQueue)
#include "tst_sendmailqueue.moc"
