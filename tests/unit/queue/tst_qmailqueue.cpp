#include "queue/qmailqueue.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Mailwarden::Queue;

namespace {

QueueDumpFrame frame(const char *kind, const char *id, QByteArray data, qint64 mtime, QList<qint64> extra = {})
{
    return QueueDumpFrame {kind, id, std::move(data), mtime, std::move(extra)};
}

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/queue/qmail/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qWarning() << "cannot read" << file.fileName();
    return file.readAll();
}

// What qmail-send itself does: an attempt at \a t schedules the next one at
// birth + (isqrt(t - birth) + chanskip)² (qmail-send.c, nextretry()). Floating
// point is exact enough for the small numbers here.
qint64 qmailSendNext(qint64 birth, qint64 skip, qint64 t)
{
    qint64 n = 0;
    if (t >= birth) {
        n = qint64(std::sqrt(double(t - birth)));
        while (n * n > t - birth)
            --n;
        while ((n + 1) * (n + 1) <= t - birth)
            ++n;
    }
    n += skip;
    return birth + n * n;
}

struct QreadMessage {
    QString id;
    qint64 size = -1;
    QString sender;
    QStringList pending;
};

// notqmail's qmail-qread: "DATE  #ID  SIZE  <SENDER> [bouncing]", then a
// line per address, "  done" in front of the DONE ones.
QList<QreadMessage> parseQread(const QByteArray &text)
{
    static const QRegularExpression head(QStringLiteral(R"(  #(\d+)  (\d+)  <([^>]*)>)"));
    QList<QreadMessage> messages;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        if (const auto match = head.match(line); match.hasMatch()) {
            messages.append(QreadMessage {match.captured(1), match.captured(2).toLongLong(), match.captured(3), {}});
        } else if (!messages.isEmpty() && line.startsWith(QLatin1Char('\t'))) {
            messages.last().pending.append(line.section(QLatin1Char('\t'), 2));
        }
    }
    return messages;
}

QStringList addresses(const QueueMessage &message)
{
    QStringList list;
    for (const QueueRecipient &r : message.recipients)
        list << r.address;
    return list;
}

} // namespace

class TestQmailQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // k = 0…10 on both channels: just before, at and just after each grid
    // point birth + (k·chanskip)².
    void retryGrid_data()
    {
        QTest::addColumn<int>("channel");
        QTest::addColumn<qint64>("skip");
        QTest::newRow("local") << int(QmailChannel::Local) << qint64(10);
        QTest::newRow("remote") << int(QmailChannel::Remote) << qint64(20);
    }

    void retryGrid()
    {
        QFETCH(int, channel);
        QFETCH(qint64, skip);
        const auto c = QmailChannel(channel);
        const qint64 birth = 1796539478;
        for (qint64 k = 0; k <= 10; ++k) {
            const qint64 point = birth + (k * skip) * (k * skip);
            const qint64 following = birth + ((k + 1) * skip) * ((k + 1) * skip);
            QCOMPARE(qmailNextRetry(birth, c, point - 1).at, k == 0 ? following : point);
            QCOMPARE(qmailNextRetry(birth, c, point).at, following);
            QCOMPARE(qmailNextRetry(birth, c, point + 1).at, following);
            QCOMPARE(qmailNextRetry(birth, c, following - 1).at, following);
            QVERIFY(!qmailNextRetry(birth, c, point).lastAttempt);
        }
        // Before birth (a clock set back): what qmail-send computes, birth + chanskip².
        QCOMPARE(qmailNextRetry(birth, c, birth - 5000).at, birth + skip * skip);
    }

    // qmail-send's own chain of attempts, on time and late, hits the grid.
    void retryMatchesQmailSend()
    {
        const qint64 birth = 1000000;
        for (const auto &[c, skip] :
            {std::pair {QmailChannel::Local, qint64(10)}, std::pair {QmailChannel::Remote, qint64(20)}}) {
            qint64 attempt = birth;
            for (int i = 0; i < 40; ++i) {
                const qint64 next = qmailSendNext(birth, skip, attempt);
                QCOMPARE(qmailNextRetry(birth, c, attempt).at, next);
                QCOMPARE(qmailNextRetry(birth, c, (attempt + next) / 2).at, next);
                // An attempt up to 2·k·chanskip seconds late still schedules the same next one.
                const qint64 k = i;
                QCOMPARE(qmailSendNext(birth, skip, attempt + 2 * k * skip), next);
                attempt = next;
            }
        }
    }

    void lifetime()
    {
        const qint64 birth = 1000000;
        // Remote: 760² = 577600 is inside the week, 780² = 608400 past it.
        QCOMPARE(
            qmailNextRetry(birth, QmailChannel::Remote, birth + 740 * 740), (QmailRetry {birth + 760 * 760, false}));
        QCOMPARE(
            qmailNextRetry(birth, QmailChannel::Remote, birth + 760 * 760), (QmailRetry {birth + 780 * 780, true}));
        QCOMPARE(qmailNextRetry(birth, QmailChannel::Remote, birth + 2 * kQmailDefaultLifetime).lastAttempt, true);
        // A shorter control/queuelifetime.
        QCOMPARE(qmailNextRetry(birth, QmailChannel::Local, birth + 50, 3600), (QmailRetry {birth + 100, false}));
        QCOMPARE(qmailNextRetry(birth, QmailChannel::Local, birth + 3500, 3600), (QmailRetry {birth + 3600, false}));
        QCOMPARE(qmailNextRetry(birth, QmailChannel::Local, birth + 3600, 3600), (QmailRetry {birth + 4900, true}));
    }

    void retryExtremes()
    {
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        constexpr qint64 min = std::numeric_limits<qint64>::min();
        QCOMPARE(qmailNextRetry(0, QmailChannel::Remote, max).at, max);
        QCOMPARE(qmailNextRetry(min, QmailChannel::Local, max).at, max);
        QCOMPARE(qmailNextRetry(max, QmailChannel::Local, 0).at, max);
        QVERIFY(qmailNextRetry(min, QmailChannel::Local, min).at > min);
        QCOMPARE(qmailNextRetry(0, QmailChannel::Local, 0, -1).lastAttempt, true);
    }

    // Recorded from the lab's notqmail 1.09 (mw-file queue-list qmail) right
    // after seeding: three messages deferred to a relay that never answers.
    void labSeed()
    {
        const auto frames = parseQueueDump(readData("lab-seed.dump"));
        QVERIFY2(frames, qPrintable(frames ? QString() : frames.error()));
        QStringList problems;
        const qint64 now = 1796539520;
        const QList<QueueMessage> messages = qmailMessagesFromDump(*frames, now, &problems);
        QCOMPARE(problems, QStringList());
        QCOMPARE(messages.size(), 3);
        QueueMessage first;
        first.id = QStringLiteral("1787865");
        first.sender = QStringLiteral("ops@qmail.lab.test");
        first.recipients = {QueueRecipient {QStringLiteral("partner@outside.example"), QString()}};
        first.arrival = 1796539478;
        first.size = 251;
        first.nextRetry = 1796539478 + 400;
        first.queue = QueueName::Deferred;
        first.retryKind = RetryKind::Estimate;
        QCOMPARE(messages.first(), first);
        QCOMPARE(addresses(messages.at(1)), QStringList {QStringLiteral("billing@globex.example")});
        QCOMPARE(addresses(messages.at(2)), QStringList {QStringLiteral("ops@initech.invalid")});
        // One sender, shared.
        QCOMPARE(messages.at(0).sender.constData(), messages.at(2).sender.constData());
    }

    // The lab after more mail: local and remote pending, local addresses
    // done (delivered to alice, to the alias), a null sender, and a bounce
    // waiting for the remote address. Checked against qmail-qread of the same
    // moment.
    void labMixed()
    {
        const auto frames = parseQueueDump(readData("lab-mixed.dump"));
        QVERIFY2(frames, qPrintable(frames ? QString() : frames.error()));
        QStringList problems;
        const qint64 now = 1796539557;
        const QList<QueueMessage> messages = qmailMessagesFromDump(*frames, now, &problems);
        QCOMPARE(problems, QStringList());

        const QList<QreadMessage> qread = parseQread(readData("lab-mixed.qread"));
        QCOMPARE(qread.size(), 6);
        QCOMPARE(messages.size(), qread.size());
        for (const QreadMessage &q : qread) {
            const auto it = std::ranges::find_if(messages, [&](const QueueMessage &m) { return m.id == q.id; });
            QVERIFY2(it != messages.end(), qPrintable(q.id));
            QCOMPARE(it->size, q.size);
            QCOMPARE(it->sender, q.sender);
            QCOMPARE(addresses(*it), q.pending);
            QCOMPARE(it->queue, QueueName::Deferred);
        }

        const QueueMessage &both = messages.at(0);
        QCOMPARE(both.id, QStringLiteral("1786957"));
        QCOMPARE(addresses(both),
            (QStringList {QStringLiteral("bob-defer@qmail.lab.test"), QStringLiteral("a@outside.example")}));
        QCOMPARE(both.arrival, 1796539534);
        QCOMPARE(both.nextRetry, 1796539534 + 100); // local's grid comes first
        QCOMPARE(both.retryKind, RetryKind::Estimate);
        QCOMPARE(both.tries, -1);
        QCOMPARE(both.forcedExpire, false);
        QVERIFY(both.reason().isEmpty());

        const QueueMessage &null = messages.at(1);
        QCOMPARE(null.id, QStringLiteral("1786959"));
        QVERIFY(null.sender.isEmpty());
        QCOMPARE(null.nextRetry, 1796539542 + 100);

        const QueueMessage &bouncing = messages.at(2);
        QCOMPARE(bouncing.id, QStringLiteral("1786961"));
        QCOMPARE(addresses(bouncing), QStringList {QStringLiteral("b@outside.example")});
        QCOMPARE(bouncing.nextRetry, 1796539552 + 400);
        const auto bounce = std::ranges::find_if(*frames, [](const QueueDumpFrame &f) { return f.kind == "bounce"; });
        QVERIFY(bounce != frames->end());
        QCOMPARE(qmailBounceReports(bounce->data),
            (QList<QueueRecipient> {
                {QStringLiteral("bob-fail@qmail.lab.test"), QStringLiteral("mailbox disabled by policy")}}));
    }

    void handMade_data()
    {
        QTest::addColumn<QList<QueueDumpFrame>>("frames");
        QTest::addColumn<QStringList>("recipients");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<qint64>("nextRetry");
        QTest::addColumn<int>("queue");
        const qint64 birth = 1700000000;
        const qint64 now = birth + 1700; // next on local's grid: 2500, on remote's: 3600
        QTest::newRow("null sender") << QList {frame("info", "7", QByteArray("F\0", 2), birth, {99}),
            frame("remote", "7", QByteArray("Tx@y\0", 5), birth)}
                                     << QStringList {QStringLiteral("x@y")} << QString() << birth + 3600
                                     << int(QueueName::Deferred);
        QTest::newRow("done and pending, both channels")
            << QList {frame("info", "7", QByteArray("Fs@h\0", 5), birth),
                   frame("local", "7", QByteArray("Da@h\0Tb@h\0Dc@h\0", 15), birth),
                   frame("remote", "7", QByteArray("Dd@r\0Te@r\0Tf@r\0", 15), birth)}
            << QStringList {QStringLiteral("b@h"), QStringLiteral("e@r"), QStringLiteral("f@r")}
            << QStringLiteral("s@h") << birth + 2500 << int(QueueName::Deferred);
        QTest::newRow("local all done: remote's retry") << QList {frame("info", "7", QByteArray("Fs@h\0", 5), birth),
            frame("local", "7", QByteArray("Da@h\0", 5), birth), frame("remote", "7", QByteArray("Te@r\0", 5), birth)}
                                                        << QStringList {QStringLiteral("e@r")} << QStringLiteral("s@h")
                                                        << birth + 3600 << int(QueueName::Deferred);
        QTest::newRow("local earlier than remote") << QList {frame("info", "7", QByteArray("Fs@h\0", 5), birth),
            frame("local", "7", QByteArray("Ta@h\0", 5), birth), frame("remote", "7", QByteArray("Te@r\0", 5), birth)}
                                                   << QStringList {QStringLiteral("a@h"), QStringLiteral("e@r")}
                                                   << QStringLiteral("s@h") << birth + 2500 << int(QueueName::Deferred);
        QTest::newRow("nothing pending") << QList {frame("info", "7", QByteArray("Fs@h\0", 5), birth),
            frame("local", "7", QByteArray("Da@h\0", 5), birth)}
                                         << QStringList {} << QStringLiteral("s@h") << qint64(0)
                                         << int(QueueName::Deferred);
        QTest::newRow("stopped qmail-send's mtime in the future")
            << QList {frame("info", "7", QByteArray("Fs@h\0", 5), birth),
                   frame("remote", "7", QByteArray("Te@r\0", 5), now + 5)}
            << QStringList {QStringLiteral("e@r")} << QStringLiteral("s@h") << now + 5 << int(QueueName::Deferred);
        QTest::newRow("bounce waiting") << QList {frame("info", "7", QByteArray("Fs@h\0", 5), birth),
            frame("remote", "7", QByteArray("Te@r\0", 5), birth), frame("bounce", "7", "<a@h>:\nno mailbox\n\n", birth)}
                                        << QStringList {QStringLiteral("e@r")} << QStringLiteral("s@h") << birth + 3600
                                        << int(QueueName::Deferred);
        QTest::newRow("todo") << QList {frame("todo", "7", QByteArray("u0\0p4711\0Fs@h\0Ta@h\0Tb@r\0", 25), birth)}
                              << QStringList {QStringLiteral("a@h"), QStringLiteral("b@r")} << QStringLiteral("s@h")
                              << qint64(0) << int(QueueName::Todo);
        QTest::newRow("todo wins over info")
            << QList {frame("info", "7", QByteArray("Fold@h\0", 7), birth),
                   frame("local", "7", QByteArray("Tgone@h\0", 8), birth),
                   frame("todo", "7", QByteArray("u0\0p1\0F\0Ta@h\0", 13), birth)}
            << QStringList {QStringLiteral("a@h")} << QString() << qint64(0) << int(QueueName::Todo);
    }

    void handMade()
    {
        QFETCH(QList<QueueDumpFrame>, frames);
        QStringList problems;
        const QList<QueueMessage> messages = qmailMessagesFromDump(frames, 1700001700, &problems);
        QCOMPARE(problems, QStringList());
        QCOMPARE(messages.size(), 1);
        const QueueMessage &m = messages.first();
        QCOMPARE(m.id, QStringLiteral("7"));
        QTEST(addresses(m), "recipients");
        QTEST(m.sender, "sender");
        QTEST(m.nextRetry, "nextRetry");
        QTEST(int(m.queue), "queue");
        QCOMPARE(m.retryKind, m.nextRetry ? RetryKind::Estimate : RetryKind::Unknown);
        QCOMPARE(m.arrival, 1700000000);
        QCOMPARE(m.tries, -1);
    }

    void lastAttemptMarksMessage()
    {
        const qint64 birth = 1000000;
        const QList<QueueDumpFrame> frames {frame("info", "1", QByteArray("Fs@h\0", 5), birth, {10}),
            frame("remote", "1", QByteArray("Te@r\0", 5), birth)};
        QVERIFY(!qmailMessagesFromDump(frames, birth + 740 * 740, nullptr).first().forcedExpire);
        QVERIFY(qmailMessagesFromDump(frames, birth + 760 * 760, nullptr).first().forcedExpire);
        QVERIFY(qmailMessagesFromDump(frames, birth + 100, nullptr, 200).first().forcedExpire);
    }

    void bounceReports()
    {
        QCOMPARE(qmailBounceReports("<a@h>:\nline one\n/line after a blank\n\n<b@r>:\nsecond\n\n"),
            (QList<QueueRecipient> {{QStringLiteral("a@h"), QStringLiteral("line one\n/line after a blank")},
                {QStringLiteral("b@r"), QStringLiteral("second")}}));
        QCOMPARE(qmailBounceReports("<a@h>:\n\n"), (QList<QueueRecipient> {{QStringLiteral("a@h"), QString()}}));
        QCOMPARE(qmailBounceReports("garbage\n\n<c@h>:\ncut"),
            (QList<QueueRecipient> {{QStringLiteral("c@h"), QStringLiteral("cut")}}));
        QVERIFY(qmailBounceReports("").isEmpty());
    }

    // Each is one problem that names the id; the listing goes on.
    void malformed_data()
    {
        QTest::addColumn<QList<QueueDumpFrame>>("frames");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("messages");
        QTest::newRow("info without F") << QList {frame("info", "41", QByteArray("Tx\0", 3), 1)} << QStringLiteral("41")
                                        << 1;
        QTest::newRow("info empty") << QList {frame("info", "41", "", 1)} << QStringLiteral("41") << 1;
        QTest::newRow("info cut") << QList {frame("info", "41", "Fa@b", 1)} << QStringLiteral("41") << 1;
        QTest::newRow("local cut") << QList {frame("info", "42", QByteArray("F\0", 2), 1),
            frame("local", "42", QByteArray("Ta@h\0Tb@", 8), 1)}
                                   << QStringLiteral("42") << 1;
        QTest::newRow("remote unknown record")
            << QList {frame("info", "43", QByteArray("F\0", 2), 1), frame("remote", "43", QByteArray("Xa@r\0", 5), 1)}
            << QStringLiteral("43") << 1;
        QTest::newRow("remote empty record")
            << QList {frame("info", "43", QByteArray("F\0", 2), 1), frame("remote", "43", QByteArray("\0", 1), 1)}
            << QStringLiteral("43") << 1;
        QTest::newRow("local without info")
            << QList {frame("local", "44", QByteArray("Ta@h\0", 5), 1)} << QStringLiteral("44") << 0;
        QTest::newRow("bounce without info")
            << QList {frame("bounce", "45", "<a@h>:\nx\n\n", 1)} << QStringLiteral("45") << 0;
        QTest::newRow("todo without F") << QList {frame("todo", "46", QByteArray("u0\0p1\0Ta@h\0", 11), 1)}
                                        << QStringLiteral("46") << 1;
        QTest::newRow("todo cut") << QList {frame("todo", "46", QByteArray("u0\0p1\0Fs\0Ta@", 12), 1)}
                                  << QStringLiteral("46") << 1;
        QTest::newRow("id not a number") << QList {frame("info", "4x7", QByteArray("F\0", 2), 1)}
                                         << QStringLiteral("4x7") << 0;
        QTest::newRow("info twice") << QList {frame("info", "48", QByteArray("F\0", 2), 1),
            frame("info", "48", QByteArray("F\0", 2), 1)}
                                    << QStringLiteral("48") << 1;
        QTest::newRow("unknown kind") << QList {frame("mess", "49", "x", 1)} << QStringLiteral("49") << 0;
        // The helper read only the first 16 MiB of a file (its cut flag): said, whole records still used.
        QTest::newRow("remote cut by the helper") << QList {frame("info", "50", QByteArray("F\0", 2), 1, {10, 0}),
            frame("remote", "50", QByteArray("Ta@r\0", 5), 1, {1})}
                                                  << QStringLiteral("50") << 1;
        QTest::newRow("info cut by the helper")
            << QList {frame("info", "51", QByteArray("F\0", 2), 1, {10, 1})} << QStringLiteral("51") << 1;
    }

    void malformed()
    {
        QFETCH(QList<QueueDumpFrame>, frames);
        QFETCH(QString, id);
        QFETCH(int, messages);
        QStringList problems;
        const auto list = qmailMessagesFromDump(frames, 2, &problems);
        QCOMPARE(list.size(), messages);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(id), qPrintable(problems.first()));
        // Without a list to fill: the same messages.
        QCOMPARE(qmailMessagesFromDump(frames, 2, nullptr), list);
    }

    // A broken queue of thousands of files gives a bounded list of problems.
    void problemsAreBounded()
    {
        QList<QueueDumpFrame> frames;
        for (int i = 0; i < 1000; ++i)
            frames << frame("remote", QByteArray::number(i).constData(), QByteArray("Ta@h\0", 5), 1);
        QStringList problems;
        QVERIFY(qmailMessagesFromDump(frames, 2, &problems).isEmpty());
        QCOMPARE(problems.size(), kMaxQmailProblems + 1);
        QVERIFY(problems.last().contains(QString::number(1000 - kMaxQmailProblems)));
    }
};

QTEST_GUILESS_MAIN(TestQmailQueue)
#include "tst_qmailqueue.moc"
