// SmtpClient and the probes against scripted servers on 127.0.0.1: recorded
// lab sessions replayed, and broken servers (garbage, early close, 421,
// endless lines, silence → time-out).
#include "hostileserver.h"
#include "probes/exposureprobe.h"
#include "probes/relayprobe.h"
#include "probes/smtpclient.h"
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Mailwarden::Probes;
using namespace Mailwarden::Probes::Testing;

namespace {

SmtpEndpoint endpointOf(const QTcpServer &server, int stepTimeoutMs = 2000)
{
    SmtpEndpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = server.serverPort();
    endpoint.stepTimeoutMs = stepTimeoutMs;
    endpoint.connectTimeoutMs = 2000;
    return endpoint;
}

// Runs one client step to its end.
SmtpOutcome wait(const std::function<void(SmtpClient::Callback)> &step)
{
    std::optional<SmtpOutcome> result;
    step([&result](const SmtpOutcome &outcome) { result = outcome; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return std::unexpected(SmtpError {SmtpError::Kind::Timeout, QStringLiteral("test gave up")});
    return *result;
}

ProbeSettings settingsFor(const ScriptedServer &server, int stepTimeoutMs = 2000)
{
    ProbeSettings settings;
    settings.endpoint = endpointOf(server, stepTimeoutMs);
    settings.targetName = QStringLiteral("127.0.0.1");
    settings.targetAddress = QStringLiteral("127.0.0.1");
    return settings;
}

void runToEnd(SmtpProbe &probe)
{
    QSignalSpy finished(&probe, &SmtpProbe::finished);
    probe.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
}

} // namespace

class TestProbeClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordedSession()
    {
        ScriptedServer server({scriptFrom(loadRecorded(QStringLiteral("postfix-exposure.txt")))});
        SmtpClient client;
        const SmtpOutcome greeting = wait([&](auto done) { client.open(endpointOf(server), done); });
        QVERIFY(greeting);
        QCOMPARE(greeting->code, 220);
        QCOMPARE(wait([&](auto done) { client.send("MAIL FROM:<>", done); })->code, 503);
        QCOMPARE(wait([&](auto done) { client.send("RSET", done); })->code, 250);
        const SmtpOutcome ehlo = wait([&](auto done) { client.send("EHLO probe.test", done); });
        QCOMPARE(ehlo->lines.size(), 10);
        const Transcript &t = client.transcript();
        QVERIFY(std::any_of(t.begin(), t.end(), [](const TranscriptLine &l) {
            return l.kind == TranscriptLine::Kind::Received && l.text == "250-SIZE 20480000";
        }));
        QCOMPARE(server.received.last(), QByteArray("EHLO probe.test"));
    }

    void brokenServers_data()
    {
        QTest::addColumn<Script>("script");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("garbage-greeting")
            << Script {sendLine("SSH-2.0-OpenSSH_9.2")} << int(SmtpError::Kind::Protocol) << 0;
        QTest::newRow("early-close") << Script {closeConnection()} << int(SmtpError::Kind::Closed) << 0;
        QTest::newRow("close-mid-reply") << Script {ScriptStep {ScriptStep::Action::Send, "220-mx\r\n220-more"},
            closeConnection()} << int(SmtpError::Kind::Closed)
                                         << 0;
        QTest::newRow("421-greeting") << Script {sendLine("421 4.3.2 mx busy, try later"), closeConnection()} << -1
                                      << 421;
        QTest::newRow("very-long-line") << Script {sendLine("220 " + QByteArray(100000, 'x'))}
                                        << int(SmtpError::Kind::Protocol) << 0;
        QTest::newRow("endless-line-without-newline")
            << Script {ScriptStep {ScriptStep::Action::Send, "220 " + QByteArray(20000, 'y')}}
            << int(SmtpError::Kind::Protocol) << 0;
        QTest::newRow("silence") << Script {} << int(SmtpError::Kind::Timeout) << 0;
        QTest::newRow("half-a-reply-then-silence")
            << Script {ScriptStep {ScriptStep::Action::Send, "220-mx.example\r\n"}} << int(SmtpError::Kind::Timeout)
            << 0;
    }
    void brokenServers()
    {
        QFETCH(Script, script);
        QFETCH(int, kind);
        QFETCH(int, code);
        ScriptedServer server({script});
        SmtpClient client;
        const SmtpOutcome greeting = wait([&](auto done) { client.open(endpointOf(server, 500), done); });
        if (kind < 0) {
            QVERIFY(greeting);
            QCOMPARE(greeting->code, code);
            return;
        }
        QVERIFY(!greeting);
        QCOMPARE(int(greeting.error().kind), kind);
        QVERIFY(!greeting.error().message.isEmpty());
        // Broken once, every later step fails at once instead of hanging.
        const SmtpOutcome later = wait([&](auto done) { client.send("QUIT", done); });
        QVERIFY(!later);
        QCOMPARE(later.error().kind, SmtpError::Kind::Closed);
        QVERIFY(!client.transcript().isEmpty());
    }

    void hostileServers_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("chunk");
        QTest::addColumn<bool>("afterEhlo");
        QTest::newRow("endless-banner") << QByteArray("220-mx.example\r\n") << QByteArray("220-more banner\r\n")
                                        << false;
        QTest::newRow("endless-multi-line-reply")
            << QByteArray("220 mx.example\r\n") << QByteArray("250-PIPELINING\r\n") << true;
        QTest::newRow("giant-line-without-newline")
            << QByteArray("220 mx.example\r\n250 ") << QByteArray(4096, 'y') << true;
        QTest::newRow("replies-before-commands")
            << QByteArray("220 mx.example\r\n") << QByteArray("250 2.0.0 Ok\r\n") << false;
    }
    void hostileServers()
    {
        // Reproduced: an endless "250-" grew the probe to 1.9 GB. Now each ends
        // in a protocol error and the client holds a bounded amount.
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, chunk);
        QFETCH(bool, afterEhlo);
        HostileServer server({prefix, chunk, afterEhlo});
        SmtpClient client;
        SmtpOutcome outcome = wait([&](auto done) { client.open(endpointOf(server), done); });
        if (afterEhlo) {
            QVERIFY2(outcome, qPrintable(outcome.error().message));
            outcome = wait([&](auto done) { client.send("EHLO probe.test", done); });
        }
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, SmtpError::Kind::Protocol);
        QVERIFY(!outcome.error().message.isEmpty());
        // The client hung up long before the server's own limit.
        QVERIFY(QTest::qWaitFor([&] { return server.clientGone(); }, 10000));
        QVERIFY2(server.sent() < server.limit(), qPrintable(QString::number(server.sent())));
        QCOMPARE(client.bufferedBytes(), 0);
        QVERIFY(client.transcript().size() <= SmtpClient::MaxTranscriptLines);
        QVERIFY(client.transcriptBytes() <= SmtpClient::MaxTranscriptLines * (SmtpClient::MaxShownLine + 32));
    }

    void transcriptIsBounded()
    {
        // Long replies, each asked for and within the limits: the conversation
        // goes on, the transcript stops growing and says so.
        QByteArray reply;
        for (int i = 0; i < 249; ++i)
            reply += "250-line " + QByteArray::number(i) + "\r\n";
        reply += "250 end\r\n";
        Script script {sendLine("220 mx")};
        for (int i = 0; i < 10; ++i)
            script << expectLine() << ScriptStep {ScriptStep::Action::Send, reply};
        ScriptedServer server({script});
        SmtpClient client;
        QVERIFY(wait([&](auto done) { client.open(endpointOf(server), done); }));
        for (int i = 0; i < 10; ++i) {
            const SmtpOutcome outcome = wait([&](auto done) { client.send("EHLO probe.test", done); });
            QVERIFY(outcome);
            QCOMPARE(outcome->lines.size(), 250);
        }
        QCOMPARE(client.transcript().size(), SmtpClient::MaxTranscriptLines - 16);
        QCOMPARE(client.transcript().last().kind, TranscriptLine::Kind::Note);
    }

    void replyWhileIdleIsAViolation()
    {
        // A reply pushed while no command waits is not the answer to the next one.
        ScriptedServer server({Script {sendLine("220 mx"), sendLine("250 unasked"), expectLine(), sendLine("250 ok")}});
        SmtpClient client;
        SmtpOutcome outcome = wait([&](auto done) { client.open(endpointOf(server), done); });
        if (outcome) {
            // The two lines came in two reads: the second one while idle.
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return std::any_of(client.transcript().begin(), client.transcript().end(),
                        [](const TranscriptLine &l) { return l.text == "250 unasked"; });
                },
                10000));
            outcome = wait([&](auto done) { client.send("NOOP", done); });
        }
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, SmtpError::Kind::Protocol);
        QVERIFY2(outcome.error().message.contains(QLatin1String("250 unasked")), qPrintable(outcome.error().message));
        QVERIFY(!server.received.contains("NOOP"));
    }

    void early421AnswersTheNextStep()
    {
        ScriptedServer server({Script {sendLine("220 mx"), sendLine("421 4.3.2 shutting down")}});
        SmtpClient client;
        QVERIFY(wait([&](auto done) { client.open(endpointOf(server), done); }));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(client.transcript().begin(), client.transcript().end(),
                    [](const TranscriptLine &l) { return l.text.startsWith("421"); });
            },
            10000));
        const SmtpOutcome outcome = wait([&](auto done) { client.send("NOOP", done); });
        QVERIFY(outcome);
        QCOMPARE(outcome->code, 421);
    }

    void refusedConnection()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        SmtpClient client;
        SmtpEndpoint endpoint;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = port;
        const SmtpOutcome greeting = wait([&](auto done) { client.open(endpoint, done); });
        QVERIFY(!greeting);
        QCOMPARE(greeting.error().kind, SmtpError::Kind::Connect);
    }

    void sourceAddress()
    {
        ScriptedServer server({Script {sendLine("220 mx")}});
        SmtpEndpoint endpoint = endpointOf(server);
        endpoint.sourceAddress = QHostAddress(QStringLiteral("127.0.0.3"));
        SmtpClient client;
        QVERIFY(wait([&](auto done) { client.open(endpoint, done); }));
        QCOMPARE(client.socket()->localAddress(), QHostAddress(QStringLiteral("127.0.0.3")));
    }

    void relayProbeOnOpenRelay()
    {
        // Every MAIL and RCPT accepted, like the lab Postfix with mynetworks = 127.0.0.0/8.
        Script script {sendLine("220 mx.example.test ESMTP"), expectLine(), sendLine("250-mx.example.test"),
            sendLine("250 SIZE 1000")};
        for (int i = 0; i < 18; ++i)
            script << expectLine() << sendLine("250 2.1.0 Ok") << expectLine() << sendLine("250 2.1.5 Ok")
                   << expectLine() << sendLine("250 2.0.0 Ok");
        script << expectLine() << sendLine("221 Bye");
        ScriptedServer server({script});
        RelayProbe probe(settingsFor(server));
        runToEnd(probe);
        const QList<CheckResult> results = probe.results();
        QCOMPARE(results.size(), 19);
        QCOMPARE(results.first().id, QStringLiteral("relay.open"));
        QCOMPARE(results.first().verdict, Verdict::Fail);
        QCOMPARE(results.first().facts.value(QStringLiteral("accepted")).toInt(), 18);
        // Never DATA; RSET after each case; QUIT at the end.
        QVERIFY(!server.received.contains("DATA"));
        QCOMPARE(server.received.count("RSET"), 18);
        QCOMPARE(server.received.last(), QByteArray("QUIT"));
        QVERIFY(server.received.contains("RCPT TO:<relaytest%example.net@[127.0.0.1]>"));
        QVERIFY(server.received.contains("RCPT TO:<@mx.example.test:relaytest@example.net>"));
    }

    void relayProbeSurvivesHangUps()
    {
        // A server that refuses two cases, then says 421 and hangs up (error
        // limits), on every connection: the probe reconnects and goes on,
        // three times, then gives the remaining cases up.
        Script script {sendLine("220 mx.example.test ESMTP"), expectLine(), sendLine("250 mx.example.test")};
        for (int i = 0; i < 2; ++i)
            script << expectLine() << sendLine("250 Ok") << expectLine() << sendLine("554 5.7.1 Relay access denied")
                   << expectLine() << sendLine("250 Ok");
        script << expectLine() << sendLine("421 4.7.0 too many errors") << closeConnection();
        ScriptedServer server({script});
        RelayProbe probe(settingsFor(server));
        runToEnd(probe);
        const QList<CheckResult> results = probe.results();
        QCOMPARE(results.size(), 19);
        // The first connection, three reconnects after hang-ups, and the fresh
        // connection the probe opens itself after eight cases.
        QCOMPARE(server.connections(), 5);
        QCOMPARE(results.first().verdict, Verdict::Error);
        QCOMPARE(results.first().facts.value(QStringLiteral("refused")).toInt(), 10);
        QCOMPARE(results.at(1).verdict, Verdict::Pass);
        QCOMPARE(results.last().verdict, Verdict::Error);
    }

    void relayProbeUnreachable()
    {
        ScriptedServer server({Script {sendLine("554 5.7.1 go away"), closeConnection()}});
        RelayProbe probe(settingsFor(server));
        runToEnd(probe);
        QVERIFY(probe.connectionError().contains(QLatin1String("554")));
        QVERIFY(probe.results().isEmpty());
    }

    void exposureProbeOnRecordedSendmail()
    {
        ScriptedServer server({scriptFrom(loadRecorded(QStringLiteral("sendmail-exposure.txt")))});
        ExposureProbe probe(settingsFor(server));
        runToEnd(probe);
        QMap<QString, Verdict> verdicts;
        for (const CheckResult &r : probe.results())
            verdicts[r.id] = r.verdict;
        QCOMPARE(verdicts.value(QStringLiteral("smtp.banner")), Verdict::Warn);
        QCOMPARE(verdicts.value(QStringLiteral("smtp.helo")), Verdict::Pass);
        QCOMPARE(verdicts.value(QStringLiteral("smtp.vrfy")), Verdict::Fail);
        QCOMPARE(verdicts.value(QStringLiteral("smtp.expn")), Verdict::Fail);
        QCOMPARE(verdicts.value(QStringLiteral("smtp.etrn")), Verdict::Warn);
        QCOMPARE(verdicts.value(QStringLiteral("dos.size")), Verdict::Warn);
        QCOMPARE(server.received.last(), QByteArray("QUIT"));
    }

    void exposureProbeTimesOut()
    {
        // Greets, then never answers: the VRFY … steps end in time-outs, not a hang.
        ScriptedServer server({Script {sendLine("220 mx ESMTP")}});
        ExposureProbe probe(settingsFor(server, 300));
        runToEnd(probe);
        const QList<CheckResult> results = probe.results();
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.last().verdict, Verdict::Error);
        QVERIFY2(results.last().evidence.contains(QLatin1String("timed out")), qPrintable(results.last().evidence));
    }
};

QTEST_GUILESS_MAIN(TestProbeClient)
#include "tst_probeclient.moc"
