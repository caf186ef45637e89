#include "queue/queuefilter.h"
#include "queue/queueshape.h"

#include <QTest>

#include <functional>

using namespace Mailwarden::Queue;

class TestQueueFilter : public QObject
{
    Q_OBJECT

    static constexpr qint64 kNow = 1796525882;

    static QueueMessage message(const QString &id, const QString &sender, const QStringList &recipients,
        qint64 ageSeconds, QueueName queue = QueueName::Deferred, const QString &reason = {})
    {
        QueueMessage m;
        m.id = id;
        m.sender = sender;
        m.arrival = kNow - ageSeconds;
        m.queue = queue;
        for (const QString &address : recipients)
            m.recipients.append({address, reason});
        return m;
    }

    static QStringList selected(const QList<QueueMessage> &messages, const QueueFilter &filter)
    {
        QStringList ids;
        for (const QueueMessage &m : messages) {
            if (filter.matches(m, kNow))
                ids.append(m.id);
        }
        return ids;
    }

    const QList<QueueMessage> m_messages {
        message(QStringLiteral("A"), QStringLiteral("ops@Example.org"), {QStringLiteral("bob@mail.globex.example")}, 60,
            QueueName::Deferred, QStringLiteral("connect to 127.0.0.1[127.0.0.1]:25: Connection refused")),
        message(QStringLiteral("B"), QString(),
            {QStringLiteral("alice@globex.example"), QStringLiteral("x@initech.invalid")}, 3 * 3600,
            QueueName::Deferred, QStringLiteral("host said: 451 greylisted")),
        message(QStringLiteral("C"), QStringLiteral("ops@example.org"), {QStringLiteral("eve@notglobex.example")}, 10,
            QueueName::Hold),
    };

    static QueueFilter filter(const std::function<void(QueueFilter &)> &set)
    {
        QueueFilter f;
        set(f);
        return f;
    }

    static QStringList ids(const char *spaced) { return QString::fromLatin1(spaced).split(u' '); }

private Q_SLOTS:
    void criteria_data()
    {
        QTest::addColumn<QueueFilter>("filter");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("empty") << QueueFilter {} << ids("A B C");
        QTest::newRow("sender, any case")
            << filter([](QueueFilter &f) { f.sender = QStringLiteral("EXAMPLE.ORG"); }) << ids("A C");
        QTest::newRow("null sender") << filter([](QueueFilter &f) { f.sender = QStringLiteral("<>"); }) << ids("B");
        QTest::newRow("recipient part") << filter([](QueueFilter &f) { f.recipient = QStringLiteral("alice"); })
                                        << ids("B");
        QTest::newRow("reason part") << filter([](QueueFilter &f) { f.reason = QStringLiteral("greylisted"); })
                                     << ids("B");
        // A domain selects itself and what is below it, not a longer name ending the same.
        QTest::newRow("domain and below")
            << filter([](QueueFilter &f) { f.domain = QStringLiteral("globex.example"); }) << ids("A B");
        QTest::newRow("domain exact") << filter([](QueueFilter &f) {
            f.domain = QStringLiteral("mail.globex.example");
        }) << ids("A");
        QTest::newRow("queue") << filter([](QueueFilter &f) { f.queue = QueueName::Hold; }) << ids("C");
        QTest::newRow("older than 1h") << filter([](QueueFilter &f) { f.olderThan = 3600; }) << ids("B");
        QTest::newRow("ids") << filter([](QueueFilter &f) {
            f.ids = QStringList {QStringLiteral("C"), QStringLiteral("A")};
        }) << ids("A C");
        QTest::newRow("text: recipient") << filter([](QueueFilter &f) { f.text = QStringLiteral("BOB"); }) << ids("A");
        QTest::newRow("text: reason") << filter([](QueueFilter &f) { f.text = QStringLiteral("refused"); }) << ids("A");
        QTest::newRow("all must hold") << filter([](QueueFilter &f) {
            f.sender = QStringLiteral("ops");
            f.queue = QueueName::Deferred;
        }) << ids("A");
    }

    void criteria()
    {
        QFETCH(QueueFilter, filter);
        QFETCH(QStringList, ids);
        QCOMPARE(selected(m_messages, filter), ids);
        QCOMPARE(filter.isEmpty(), ids.size() == 3 && filter.ids.isEmpty() && filter.text.isEmpty());
    }

    void ages()
    {
        QCOMPARE(QueueFilter::parseAge(QStringLiteral("90")).value(), 90);
        QCOMPARE(QueueFilter::parseAge(QStringLiteral("90s")).value(), 90);
        QCOMPARE(QueueFilter::parseAge(QStringLiteral("30m")).value(), 1800);
        QCOMPARE(QueueFilter::parseAge(QStringLiteral(" 2H ")).value(), 7200);
        QCOMPARE(QueueFilter::parseAge(QStringLiteral("1d")).value(), 86400);
        QCOMPARE(QueueFilter::parseAge(QStringLiteral("1w")).value(), 604800);
        for (const char *bad : {"", "h", "2x", "-1h", "1.5h", "99999999999999999w"})
            QVERIFY2(!QueueFilter::parseAge(QString::fromLatin1(bad)), bad);
    }

    // qshape's buckets: < 5 min, 5–10, 10–20, … and 1280+ for the rest.
    void shapeBuckets()
    {
        QCOMPARE(QueueShape::bucketOf(0, 5, 10), 0);
        QCOMPARE(QueueShape::bucketOf(299, 5, 10), 0);
        QCOMPARE(QueueShape::bucketOf(300, 5, 10), 1);
        QCOMPARE(QueueShape::bucketOf(599, 5, 10), 1);
        QCOMPARE(QueueShape::bucketOf(600, 5, 10), 2);
        QCOMPARE(QueueShape::bucketOf(1199, 5, 10), 2);
        QCOMPARE(QueueShape::bucketOf(1200, 5, 10), 3);
        QCOMPARE(QueueShape::bucketOf(1280 * 60 - 1, 5, 10), 8);
        QCOMPARE(QueueShape::bucketOf(1280 * 60, 5, 10), 9);
        QCOMPARE(QueueShape::bucketOf(365 * 86400, 5, 10), 9);
        QCOMPARE(QueueShape::bucketOf(-30, 5, 10), 0); // a clock ahead of the host
    }

    void shapeDomains()
    {
        QCOMPARE(QueueShape::domainOf(QString()), QStringLiteral("MAILER-DAEMON"));
        QCOMPARE(QueueShape::domainOf(QStringLiteral("Bob@Mail.Example.COM")), QStringLiteral("mail.example.com"));
        QCOMPARE(QueueShape::domainOf(QStringLiteral("a@b@example..org.")), QStringLiteral("example.org"));
        QCOMPARE(QueueShape::domainOf(QStringLiteral("postmaster")), QStringLiteral("postmaster"));
    }

    void shapeTable()
    {
        const QueueShape shape = QueueShape::of(m_messages, QueueShape::By::RecipientDomain, kNow);
        QCOMPARE(shape.headings, ids("5 10 20 40 80 160 320 640 1280 1280+"));
        QCOMPARE(shape.rows.size(), 5);
        QCOMPARE(shape.rows.first().domain, QStringLiteral("TOTAL"));
        QCOMPARE(shape.rows.first().total, 4);
        QCOMPARE(shape.rows.first().buckets, (QList<qint64> {2, 0, 0, 0, 0, 0, 2, 0, 0, 0})); // 3 h: 160–320 min
        // Ties by name: globex, initech, mail.globex, notglobex.
        QCOMPARE(shape.rows.at(1).domain, QStringLiteral("globex.example"));
        QCOMPARE(shape.rows.at(4).domain, QStringLiteral("notglobex.example"));

        const QueueShape senders = QueueShape::of(m_messages, QueueShape::By::SenderDomain, kNow, 1, 3);
        QCOMPARE(senders.headings, ids("1 2 2+"));
        QCOMPARE(senders.rows.at(0).total, 3);
        QCOMPARE(senders.rows.at(1), (QueueShape::Row {QStringLiteral("example.org"), 2, {1, 1, 0}}));
        QCOMPARE(senders.rows.at(2), (QueueShape::Row {QStringLiteral("MAILER-DAEMON"), 1, {0, 0, 1}}));
    }
};

QTEST_GUILESS_MAIN(TestQueueFilter)
#include "tst_queuefilter.moc"
