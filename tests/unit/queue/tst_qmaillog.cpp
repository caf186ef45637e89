// qmail-send's deferral reasons from its log (QmailLogReasons), and how the
// qmail listing attaches them to the pending recipients. The lines are
// shaped like the lab's notqmail 1.09 under multilog (TAI64N stamps, '_' for
// blanks, '/' for line ends).
#include "queue/qmaillog.h"
#include "queue/qmailqueue.h"
#include "queue/queuereader.h"

#include <QTest>

#include <tuple>

using namespace Mailwarden;
using namespace Mailwarden::Queue;

namespace {

constexpr qint64 kT0 = 1796553804; // 2026-12-06 10:43:24 UTC

// multilog's stamp for \a seconds after kT0: "@" + TAI64 label + nanoseconds.
QByteArray stamp(qint64 seconds)
{
    const quint64 label = (quint64(1) << 62) + 10 + quint64(kT0 + seconds);
    return '@' + QByteArray::number(label, 16).rightJustified(16, '0') + "2dded604 ";
}

QByteArray lines(std::initializer_list<std::pair<qint64, QByteArray>> list)
{
    QByteArray log;
    for (const auto &[at, text] : list)
        log += stamp(at) + text + '\n';
    return log;
}

constexpr const char *kNoConnection = "Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/";
constexpr const char *kRefused451 = "Connected_to_127.0.0.1_but_recipient_was_rejected./"
                                    "Remote_host_said:_451_4.7.1_try_later/Giving_up_on_127.0.0.1./";

QByteArray record(char type, const QByteArray &text)
{
    return type + text + '\0';
}

QueueDumpFrame frame(const char *kind, const char *id, QByteArray data, qint64 mtime)
{
    const qint64 size = data.size();
    return QueueDumpFrame {kind, id, std::move(data), mtime, {size}};
}

} // namespace

class TestQmailLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deferralAndTime()
    {
        const auto log
            = QmailLogReasons::parse(lines({{0, "new msg 1370216"},
                                         {0,
                                             "info msg 1370216: bytes 251 from <ops@qmail.lab.test> qp "
                                             "177 uid 0"},
                                         {1,
                                             "starting delivery 1: msg 1370216 to remote "
                                             "partner@outside.example"},
                                         {1, "status: local 0/10 remote 1/20"},
                                         {2, QByteArray(QByteArray("delivery 1: deferral: ") + kNoConnection)}}),
                false);
        QCOMPARE(log.messageCount(), 1);
        const QmailLogReason *reason = log.find("1370216", "partner@outside.example");
        QVERIFY(reason);
        QCOMPARE(reason->text, QStringLiteral("Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)"));
        QCOMPARE(reason->time, kT0 + 2);
        QVERIFY(!log.find("1370216", "other@outside.example"));
        QVERIFY(!log.find("1370217", "partner@outside.example"));
    }

    // '/' ends a line of the report: the lines joined by one blank, none at the end.
    void lineBreaks_data()
    {
        QTest::addColumn<QByteArray>("report");
        QTest::addColumn<QString>("text");
        QTest::newRow("three-lines") << QByteArray(kRefused451)
                                     << QStringLiteral("Connected to 127.0.0.1 but recipient was rejected. Remote "
                                                       "host said: 451 4.7.1 try later Giving up on 127.0.0.1.");
        QTest::newRow("empty-lines") << QByteArray("//a//b//") << QStringLiteral("a b");
        QTest::newRow("only-slashes") << QByteArray("///") << QString();
        QTest::newRow("blanks-around-break") << QByteArray("a__/__b") << QStringLiteral("a b");
        QTest::newRow("blanks-inside") << QByteArray("_a__b_") << QStringLiteral("a  b");
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void lineBreaks()
    {
        QFETCH(QByteArray, report);
        QFETCH(QString, text);
        const QByteArray text7 = lines({{0, "starting delivery 7: msg 42 to remote a@b.example"}}) + stamp(1)
            + "delivery 7: deferral: " + report + '\n';
        const auto log = QmailLogReasons::parse(text7, false);
        const QmailLogReason *reason = log.find("42", "a@b.example");
        QVERIFY(reason);
        QCOMPARE(reason->text, text);
    }

    // Only what follows the latest "new msg ID" counts: the inode is reused.
    void reusedInode()
    {
        const QByteArray earlier
            = lines({{0, "new msg 500"}, {0, "starting delivery 1: msg 500 to remote x@old.example"},
                {1, "delivery 1: deferral: old_reason/"}, {1, "starting delivery 2: msg 500 to remote y@new.example"},
                {2, "delivery 2: deferral: old_too/"}, {9, "end msg 500"}});
        const QByteArray later = lines({{20, "new msg 500"},
            {21, "starting delivery 3: msg 500 to remote y@new.example"}, {22, "delivery 3: deferral: new_reason/"}});
        auto log = QmailLogReasons::parse(QByteArray(earlier + later), false);
        QVERIFY(!log.find("500", "x@old.example"));
        QVERIFY(log.find("500", "y@new.example"));
        QCOMPARE(log.find("500", "y@new.example")->text, QStringLiteral("new reason"));
        QCOMPARE(log.find("500", "y@new.example")->time, kT0 + 22);

        // Reused without an "end msg" in between (a log missing lines): the new message starts clean.
        log = QmailLogReasons::parse(
            QByteArray(earlier.left(earlier.lastIndexOf("@")) + lines({{20, "new msg 500"}})), false);
        QCOMPARE(log.messageCount(), 0);
    }

    // Two recipients: one delivered after the other's deferral, then the
    // other deferred again; a deferral after a success of another recipient
    // keeps only the pending one.
    void deferralAfterSuccess()
    {
        const auto log = QmailLogReasons::parse(
            lines({{0, "new msg 77"}, {1, "starting delivery 1: msg 77 to remote one@a.example"},
                {1, "starting delivery 2: msg 77 to remote two@b.example"}, {2, "delivery 1: deferral: first_try/"},
                {3, "delivery 2: deferral: busy/"}, {400, "starting delivery 5: msg 77 to remote one@a.example"},
                {401, "delivery 5: success: 127.0.0.1_accepted_message./"},
                {402, "starting delivery 6: msg 77 to remote two@b.example"},
                {403, "delivery 6: deferral: still_busy/"}}),
            false);
        QVERIFY(!log.find("77", "one@a.example"));
        QCOMPARE(log.find("77", "two@b.example")->text, QStringLiteral("still busy"));
        QCOMPARE(log.find("77", "two@b.example")->time, kT0 + 403);

        // A failure (bounced) is done as well; a mangled report keeps the earlier reason.
        const auto failed = QmailLogReasons::parse(
            lines({{0, "starting delivery 1: msg 8 to local alice@q.test"}, {1, "delivery 1: deferral: no_mailbox/"},
                {2, "starting delivery 1: msg 8 to local alice@q.test"},
                {3, "delivery 1: failure: Sorry,_no_mailbox_here/"},
                {4, "starting delivery 2: msg 9 to local bob@q.test"}, {5, "delivery 2: deferral: later/"},
                {6, "starting delivery 2: msg 9 to local bob@q.test"}, {7, "delivery 2: report mangled, will defer"},
                {8, "starting delivery 3: msg 10 to local erin@q.test"}, {9, "delivery 3: deferral:"}}),
            false);
        QVERIFY(!failed.find("8", "alice@q.test"));
        QCOMPARE(failed.find("9", "bob@q.test")->text, QStringLiteral("later"));
        QCOMPARE(failed.messageCount(), 2);
        QCOMPARE(failed.find("10", "erin@q.test")->text, QString());
    }

    // A tail starts inside a line: that line is not read, whatever it looks like.
    void truncatedFirstLine()
    {
        const QByteArray whole
            = lines({{0, "starting delivery 3: msg 12 to remote a@b.example"}, {1, "delivery 3: deferral: whole/"},
                {2, "starting delivery 4: msg 13 to remote c@d.example"}, {3, "delivery 4: deferral: kept/"}});
        // Cut right after the first stamp: what is left of the line looks whole.
        const QByteArray tail = whole.mid(whole.indexOf("starting delivery 3"));
        QVERIFY(QmailLogReasons::parse(tail, false).find("12", "a@b.example"));
        const auto log = QmailLogReasons::parse(tail, true);
        QVERIFY(!log.find("12", "a@b.example"));
        QCOMPARE(log.find("13", "c@d.example")->text, QStringLiteral("kept"));
        // Cut inside a word.
        QCOMPARE(QmailLogReasons::parse(whole.mid(whole.indexOf("ivery 3: msg")), true).messageCount(), 1);
        QCOMPARE(QmailLogReasons::parse(whole, false).messageCount(), 2);
        QCOMPARE(QmailLogReasons::parse(whole, true).messageCount(), 1);
        QCOMPARE(QmailLogReasons::parse("no newline at all", true).messageCount(), 0);
        QCOMPARE(QmailLogReasons::parse("", true).messageCount(), 0);
    }

    void junkLines_data()
    {
        QTest::addColumn<QByteArray>("junk");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("status") << stamp(1) + "status: local 0/10 remote 1/20";
        QTest::newRow("bad-stamp") << QByteArray("@40000000zz153c4c2ce483fc delivery 1: deferral: x/");
        QTest::newRow("short-stamp") << QByteArray("@4000 delivery 1: deferral: x/");
        QTest::newRow("no-number") << stamp(1) + "delivery : deferral: x/";
        QTest::newRow("unknown-delivery") << stamp(1) + "delivery 99: deferral: x/";
        QTest::newRow("start-without-msg") << stamp(1) + "starting delivery 1: to remote a@b.example";
        QTest::newRow("start-other-channel") << stamp(1) + "starting delivery 1: msg 5 to somewhere a@b.example";
        QTest::newRow("new-msg-junk") << stamp(1) + "new msg 5x";
        QTest::newRow("huge-number") << stamp(1) + "delivery 123456789012345678901234567890: deferral: x/";
        static constexpr char nul[] = "\0\0\0delivery 1: deferral: x/";
        QTest::newRow("nul-bytes") << QByteArray(nul, sizeof(nul) - 1);
        QTest::newRow("binary") << QByteArray("\xff\xfe\x01\x02 starting delivery");
    }

    // Junk between the lines of a real deferral changes nothing.
    void junkLines()
    {
        QFETCH(QByteArray, junk);
        const QByteArray log = lines({{0, "new msg 5"}, {0, "starting delivery 1: msg 5 to remote a@b.example"}}) + junk
            + '\n' + lines({{2, "delivery 1: deferral: real/"}});
        const auto reasons = QmailLogReasons::parse(log, false);
        QCOMPARE(reasons.messageCount(), 1);
        QCOMPARE(reasons.find("5", "a@b.example")->text, QStringLiteral("real"));
        QCOMPARE(reasons.find("5", "a@b.example")->time, kT0 + 2);
    }

    // Bytes qmail-send never writes (it logs them as '_'): no control
    // character, escape or bidi override comes through.
    void hostileBytes()
    {
        const QByteArray report = QByteArray("a\x1b[31mred\x07\rb\tc\x7f") + "\xe2\x80\xae" + QByteArray("d\0e/", 4);
        const QByteArray log = lines({{0, "starting delivery 1: msg 5 to remote a@b.example"}}) + stamp(1)
            + "delivery 1: deferral: " + report + '\n';
        const auto reasons = QmailLogReasons::parse(log, false);
        const QmailLogReason *reason = reasons.find("5", "a@b.example");
        QVERIFY(reason);
        for (const QChar c : reason->text) {
            QVERIFY2(c.isPrint() || c == QChar::ReplacementCharacter, qPrintable(QString::number(c.unicode(), 16)));
            QVERIFY(c.direction() != QChar::DirRLO && c.direction() != QChar::DirLRO);
        }
        QVERIFY(reason->text.startsWith(u'a'));
        QVERIFY(reason->text.contains(QStringLiteral("[31mred")));
        QVERIFY(reason->text.endsWith(u'e'));

        // A very long report is cut.
        const QByteArray longLog = lines({{0, "starting delivery 1: msg 5 to remote a@b.example"}}) + stamp(1)
            + "delivery 1: deferral: " + QByteArray(100000, 'x') + '\n';
        QCOMPARE(QmailLogReasons::parse(longLog, false).find("5", "a@b.example")->text.size(),
            QmailLogReasons::kMaxReasonLength);
    }

    // Addresses as qmail-send's logsafe() writes them.
    void loggedAddress()
    {
        QCOMPARE(QmailLogReasons::loggedForm("plain@x.example"), QByteArray("plain@x.example"));
        QCOMPARE(QmailLogReasons::loggedForm("a b%c@x.example"), QByteArray("a_b_c@x.example"));
        QCOMPARE(QmailLogReasons::loggedForm("j\xc3\xb6rg@x.example"), QByteArray("j__rg@x.example"));
        const auto log = QmailLogReasons::parse(
            lines({{0, "starting delivery 1: msg 5 to remote a_b_c@x.example"}, {1, "delivery 1: deferral: r/"}}),
            false);
        QVERIFY(log.find("5", "a b%c@x.example"));
    }

    // The listing: each pending recipient gets its reason; done ones are not
    // listed; a todo message has none; a reason logged before the message's
    // birth belongs to an earlier message with the same inode.
    void listingGetsReasons()
    {
        const QByteArray log = lines({{0, "new msg 100"}, {0, "starting delivery 1: msg 100 to remote one@a.example"},
            {0, "starting delivery 2: msg 100 to remote two@b.example"},
            {1, QByteArray(QByteArray("delivery 1: deferral: ") + kNoConnection)}, {2, "delivery 2: success: ok/"},
            {3, "starting delivery 3: msg 200 to remote old@c.example"},
            {4, QByteArray(QByteArray("delivery 3: deferral: ") + kRefused451)},
            {5, "starting delivery 4: msg 300 to local carol@q.test"}, {6, "delivery 4: deferral: over_quota/"}});
        const auto reasons = QmailLogReasons::parse(log, false);
        const QList<QueueDumpFrame> frames {
            frame("info", "100", record('F', "s@q.test"), kT0),
            frame("remote", "100", record('T', "one@a.example") + record('D', "two@b.example"), kT0),
            // Born after the deferral the log has for inode 200: that was another message.
            frame("info", "200", record('F', "s@q.test"), kT0 + 60),
            frame("remote", "200", record('T', "old@c.example"), kT0 + 60),
            frame("info", "300", record('F', "s@q.test"), kT0 - 100),
            frame("local", "300", record('T', "carol@q.test"), kT0 - 100),
            frame("todo", "400", record('u', "0") + record('F', "s@q.test") + record('T', "one@a.example"), kT0),
        };
        QStringList problems;
        const QList<QueueMessage> messages
            = qmailMessagesFromDump(frames, kT0 + 10, &problems, kQmailDefaultLifetime, &reasons);
        QCOMPARE(problems, QStringList());
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).recipients,
            (QList<QueueRecipient> {{QStringLiteral("one@a.example"),
                QStringLiteral("Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)")}}));
        QCOMPARE(messages.at(1).recipients, (QList<QueueRecipient> {{QStringLiteral("old@c.example"), QString()}}));
        QCOMPARE(messages.at(2).recipients,
            (QList<QueueRecipient> {{QStringLiteral("carol@q.test"), QStringLiteral("over quota")}}));
        QCOMPARE(messages.at(3).queue, QueueName::Todo);
        QCOMPARE(messages.at(3).recipients, (QList<QueueRecipient> {{QStringLiteral("one@a.example"), QString()}}));
        // The last attempt: when the deferral taken as the reason was logged.
        QCOMPARE(messages.at(0).lastAttempt, kT0 + 1);
        QCOMPARE(messages.at(1).lastAttempt, 0);
        QCOMPARE(messages.at(2).lastAttempt, kT0 + 6);

        // Without the log: the same messages, no reasons.
        const QList<QueueMessage> plain = qmailMessagesFromDump(frames, kT0 + 10, &problems);
        QCOMPARE(plain.size(), 4);
        QCOMPARE(plain.at(0).reason(), QString());
        QCOMPARE(plain.at(0).lastAttempt, 0);
    }

    // log-tail's answer as the reader takes it: a frame, cut or whole; any
    // failure is a note, not an error.
    void logTailAnswer()
    {
        const QByteArray data
            = lines({{0, "starting delivery 3: msg 12 to remote a@b.example"}, {1, "delivery 3: deferral: whole/"}});
        CommandResult ok;
        ok.exitCode = 0;
        ok.out = "log current " + QByteArray::number(data.size()) + " 1796553794 " + QByteArray::number(data.size())
            + '\n' + data + '\n';
        QString note;
        auto reasons = HelperQueueReader::qmailLogReasons(ok, &note);
        QVERIFY(reasons);
        QVERIFY(note.isEmpty());
        QVERIFY(reasons->find("12", "a@b.example"));

        // The file is larger than what was read: the first line is cut.
        CommandResult cut = ok;
        cut.out.replace(QByteArray(" 1796553794 " + QByteArray::number(data.size())), " 1796553794 999999");
        reasons = HelperQueueReader::qmailLogReasons(cut, &note);
        QVERIFY(reasons);
        QCOMPARE(reasons->messageCount(), 0);

        // A rotated file (cut at its start, its last line without a line
        // end) and current, oldest first: one log. The delivery started in
        // the rotated file; its deferral is in current.
        CommandResult rotated;
        rotated.exitCode = 0;
        const QByteArray older
            = "ial line\n" + lines({{0, "starting delivery 4: msg 13 to remote c@d.example"}}).chopped(1);
        const QByteArray newer = lines({{2, "delivery 4: deferral: after_rotation/"}});
        rotated.out = "log @400000006925d1a52a05f1bc.s " + QByteArray::number(older.size()) + " 1796553700 999999\n"
            + older + "\nlog current " + QByteArray::number(newer.size()) + " 1796553794 "
            + QByteArray::number(newer.size()) + '\n' + newer + '\n';
        note.clear();
        reasons = HelperQueueReader::qmailLogReasons(rotated, &note);
        QVERIFY2(reasons, qPrintable(note));
        QVERIFY(reasons->find("13", "c@d.example"));
        QCOMPARE(reasons->find("13", "c@d.example")->text, QStringLiteral("after rotation"));

        for (const auto &[exitCode, out, err] : {std::tuple {64, QByteArray(), QByteArray("mw-file: usage: ...")},
                 std::tuple {1, QByteArray(), QByteArray("mw-file: no qmail-send log at ...")},
                 std::tuple {1, QByteArray(), QByteArray()}, std::tuple {0, QByteArray("garbage"), QByteArray()},
                 std::tuple {0, QByteArray("qf 1 0 0\n\n"), QByteArray()},
                 std::tuple {0, QByteArray("log current 0 0 0\n\nqf 1 0 0\n\n"), QByteArray()}}) {
            CommandResult bad;
            bad.exitCode = exitCode;
            bad.out = out;
            bad.err = err;
            note.clear();
            QVERIFY(!HelperQueueReader::qmailLogReasons(bad, &note));
            QVERIFY(!note.isEmpty());
        }
        note.clear();
        QVERIFY(!HelperQueueReader::qmailLogReasons(std::unexpected(RemoteError {}), &note));
        QVERIFY(!note.isEmpty());

        const Command command = HelperQueueReader::qmailLogTailCommand(QStringLiteral("/usr/local/sbin/mw-file"), 1000);
        QCOMPARE(command.argv, (QByteArrayList {"/usr/local/sbin/mw-file", "log-tail", "qmail", "1000"}));
        QVERIFY(command.sudo);
        QVERIFY(command.maxOutputBytes > 1000 && command.maxOutputBytes < 1000 + 65536);
    }
};

QTEST_GUILESS_MAIN(TestQmailLog)
#include "tst_qmaillog.moc"
