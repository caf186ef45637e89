// The statistics engine's pure parts, table-driven: time stamps, Postfix line
// classification, pflogsumm's names, whole sample logs of the three MTAs, and
// that a log split into many parallel parts gives the figures of one pass.
#include "remote/localhost.h"
#include "stats/hostlogs.h"
#include "stats/lineparser.h"
#include "stats/loganalysis.h"
#include "stats/loganalyzer.h"
#include "stats/logtimestamp.h"
#include "stats/pflogsummnames.h"
#include "stats/sendmaillogparser.h"
#include "stats/statsaggregator.h"

#include <cmath>
#include <limits>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailwarden::Stats;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(MW_SOURCE_DIR "/tests/data/stats/") + QLatin1String(name);
}

// Collects "Kind qid address" strings.
class Recorder final : public EventSink
{
public:
    void event(const MailEvent &e) override
    {
        static const char *names[] = {"Birth", "Received", "Queued", "Delivered", "Forwarded", "Deferred", "Bounced",
            "Expired", "Removed", "Rejected", "RejectWarning", "Held", "Discarded", "Connect", "TlsEstablished",
            "SaslFailure", "Warning", "Fatal", "Panic", "Master"};
        QString s = QLatin1String(names[int(e.kind)]);
        for (std::string_view v : {e.queueId, e.address, e.origin, e.reason})
            s += QLatin1Char('|') + QString::fromUtf8(v.data(), qsizetype(v.size()));
        if (e.recipients)
            s += QStringLiteral("||rcpts=%1").arg(e.recipients);
        if (e.size)
            s += QStringLiteral("|size=%1").arg(e.size);
        events << s;
    }
    QStringList events;
};

QString figuresLine(const StatsFigures &f)
{
    return QStringLiteral("rcv=%1 dlv=%2 fwd=%3 dfr=%4/%5 bnc=%6 rej=%7 warn=%8 held=%9 disc=%10 brcv=%11 bdlv=%12 "
                          "snd=%13 sdom=%14 rcp=%15 rdom=%16")
        .arg(f.received)
        .arg(f.delivered)
        .arg(f.forwarded)
        .arg(f.deferredMessages)
        .arg(f.deferrals)
        .arg(f.bounced)
        .arg(f.rejected)
        .arg(f.rejectWarnings)
        .arg(f.held)
        .arg(f.discarded)
        .arg(f.bytesReceived)
        .arg(f.bytesDelivered)
        .arg(f.senders.size())
        .arg(f.sendingDomains.size())
        .arg(f.recipients.size())
        .arg(f.deliveredDomainCount());
}

} // namespace

class TestStatsParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The counting tables' open-addressing map against std::map, through
    // many growths, with colliding-prefix keys and references held across inserts.
    void keyMap()
    {
        KeyMap<std::int64_t> map;
        QVERIFY(map.empty());
        QVERIFY(map.find("absent") == map.end());
        std::map<std::string, std::int64_t> oracle;
        std::vector<std::string> order;
        std::int64_t &first = slot(map, "first@example.org");
        first = 7;
        oracle["first@example.org"] = 7;
        order.push_back("first@example.org");
        std::uint32_t x = 12345; // fixed: deterministic
        for (int i = 0; i < 50000; ++i) {
            x = x * 1103515245u + 12345u;
            // Long shared prefixes: equal hashes' tags must not be mistaken for equal keys.
            const std::string key = "sender-with-a-long-common-prefix-" + std::to_string(x % 20000) + "@example.net";
            auto [it, added] = map.try_emplace(key);
            QCOMPARE(added, !oracle.contains(key));
            if (added)
                order.push_back(key);
            it->second += i;
            oracle[key] += i;
        }
        QCOMPARE(first, 7); // the reference survived every growth
        QCOMPARE(map.size(), oracle.size());
        for (const auto &[key, value] : oracle) {
            const auto it = std::as_const(map).find(key);
            QVERIFY(it != map.end());
            QCOMPARE(it->second, value);
        }
        QVERIFY(!map.contains("sender-with-a-long-common-prefix-20001@example.net"));
        std::size_t n = 0;
        for (const auto &[key, value] : map) // insertion order
            QCOMPARE(key, order[n++]);
        KeyMap<std::int64_t> copy = map;
        QCOMPARE(copy.find("first@example.org")->second, 7);
        QVERIFY(&copy.find("first@example.org")->second != &first);
        // reserve() rebuilds the index only: every key is still found, in place.
        map.reserve(map.size() * 8);
        QCOMPARE(&map.find("first@example.org")->second, &first);
        for (const auto &[key, value] : oracle)
            QCOMPARE(map.find(key)->second, value);
    }

    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("hour");
        QTest::addColumn<QByteArray>("rest");
        QTest::newRow("traditional-two-digit-day") << QByteArray("Nov 25 06:47:41 mx postfix/smtp[1]: x") << true << 11
                                                   << 25 << 6 << QByteArray("postfix/smtp[1]: x");
        QTest::newRow("traditional-padded-day")
            << QByteArray("Jan  5 23:00:00 mx a: b") << true << 1 << 5 << 23 << QByteArray("a: b");
        QTest::newRow("rfc3339-offset") << QByteArray("2025-11-25T06:47:36.707794+00:00 mx sm-mta[1]: y") << true << 11
                                        << 25 << 6 << QByteArray("sm-mta[1]: y");
        QTest::newRow("journald-short-iso") << QByteArray("2025-11-25T06:47:36+0100 mx postfix/qmgr[2]: z") << true
                                            << 11 << 25 << 6 << QByteArray("postfix/qmgr[2]: z");
        QTest::newRow("rfc3339-zulu") << QByteArray("2025-01-02T03:04:05Z mx p: q") << true << 1 << 2 << 3
                                      << QByteArray("p: q");
        QTest::newRow("no-host") << QByteArray("Nov 25 06:47:41 postfix") << false << 0 << 0 << 0 << QByteArray();
        QTest::newRow("bad-month") << QByteArray("Foo 25 06:47:41 mx p: q") << false << 0 << 0 << 0 << QByteArray();
        // Found by fuzz_log_timestamp: a clock past 23:59:60 is no time stamp.
        QTest::newRow("second-82") << QByteArray("2025-11-05T06:47:82.541326+01:00 mx p: q") << false << 0 << 0 << 0
                                   << QByteArray();
        QTest::newRow("minute-60") << QByteArray("Nov 25 06:60:41 mx p: q") << false << 0 << 0 << 0 << QByteArray();
        QTest::newRow("day-37") << QByteArray("Dec 37 23:59:58 mx p: q") << false << 0 << 0 << 0 << QByteArray();
        QTest::newRow("day-00") << QByteArray("2025-11-00T06:47:41Z mx p: q") << false << 0 << 0 << 0 << QByteArray();
        QTest::newRow("hour-24") << QByteArray("Nov 25 24:00:00 mx p: q") << false << 0 << 0 << 0 << QByteArray();
        QTest::newRow("leap-second") << QByteArray("2016-12-31T23:59:60Z mx p: q") << true << 12 << 31 << 23
                                     << QByteArray("p: q");
        QTest::newRow("journal-boot-marker")
            << QByteArray("-- Boot 0123456789abcdef --") << false << 0 << 0 << 0 << QByteArray();
    }

    void timestamps()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, ok);
        LogTime t;
        std::string_view tail;
        QCOMPARE(LogTimestamp::parseSyslog(std::string_view(line.constData(), std::size_t(line.size())), t, tail), ok);
        if (!ok)
            return;
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(int, hour);
        QFETCH(QByteArray, rest);
        QCOMPARE(int(t.month), month);
        QCOMPARE(int(t.day), day);
        QCOMPARE(int(t.hour), hour);
        QCOMPARE(QByteArray(tail.data(), qsizetype(tail.size())), rest);
    }

    void journaldOffsetGivesUtcEpoch()
    {
        LogTime t;
        std::string_view rest;
        QVERIFY(LogTimestamp::parseSyslog("2025-01-01T01:00:00+0100 mx p: q", t, rest));
        QVERIFY(t.hasEpoch);
        QCOMPARE(t.epoch, qint64(1735689600));
    }

    void tai64n()
    {
        LogTime t;
        std::string_view rest;
        QVERIFY(LogTimestamp::parseMultilog("@400000006925d1a52a05f1bc new msg 1", t, rest));
        QCOMPARE(t.epoch, qint64(0x6925d1a5) - 10);
        QCOMPARE(QByteArray(rest.data(), qsizetype(rest.size())), QByteArray("new msg 1"));
    }

    void postfixLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QStringList>("events");
        const QByteArray p = "Nov 25 06:47:41 mx ";
        QTest::newRow("client") << p + "postfix/smtpd[1]: 4ABC: client=mx.example.com[192.0.2.1], sasl_method=PLAIN"
                                << QStringList {QStringLiteral("Received|4ABC||mx.example.com[192.0.2.1]|")};
        QTest::newRow("submission-client") << p + "postfix/submission/smtpd[1]: 4ABC: client=h[192.0.2.1]"
                                           << QStringList {QStringLiteral("Received|4ABC||h[192.0.2.1]|")};
        QTest::newRow("qmgr-size") << p + "postfix/qmgr[2]: 4ABC: from=<a@B.example>, size=321, nrcpt=1 (queue active)"
                                   << QStringList {QStringLiteral("Queued|4ABC|a@B.example||")};
        QTest::newRow("null-sender") << p + "postfix/qmgr[2]: 4ABC: from=<>, size=9, nrcpt=1 (queue active)"
                                     << QStringList {QStringLiteral("Queued|4ABC|||")};
        QTest::newRow("sent-orig-to") << p
                + "postfix/local[3]: 4ABC: to=<u@h>, orig_to=<root>, relay=local, delay=0.1, delays=0/0/0/0.1, "
                  "dsn=2.0.0, status=sent (delivered)"
                                      << QStringList {QStringLiteral("Delivered|4ABC|u@h|local|")};
        QTest::newRow("forwarded") << p
                + "postfix/local[3]: 4ABC: to=<u@h>, relay=local, delay=1, dsn=2.0.0, status=sent (forwarded as 5DEF)"
                                   << QStringList {
                                          QStringLiteral("Forwarded|4ABC|u@h|local|"), QStringLiteral("Birth|5DEF|||")};
        QTest::newRow("deferred-reason") << p
                + "postfix/smtp[4]: 4ABC: to=<u@h>, relay=none, delay=3, delays=1/0/2/0, dsn=4.4.1, status=deferred "
                  "(connect to h[192.0.2.9]:25: Connection refused)"
                                         << QStringList {QStringLiteral(
                                                "Deferred|4ABC|u@h|none|h[192.0.2.9]:25: Connection refused")};
        QTest::newRow("expired-is-not-a-delivery")
            << p + "postfix/qmgr[2]: 4ABC: from=<a@b>, status=expired, returned to sender"
            << QStringList {QStringLiteral("Expired|4ABC|||")};
        QTest::newRow("noqueue-reject") << p
                + "postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[192.0.2.5]: 554 5.7.1 <x@y>: Relay access "
                  "denied; from=<a@b> to=<x@y> proto=ESMTP helo=<h>"
                                        << QStringList {
                                               QStringLiteral("Rejected|||unknown[192.0.2.5]|Relay access denied")};
        QTest::newRow("rbl-reject") << p
                + "postfix/postscreen[1]: NOQUEUE: reject: RCPT from [192.0.2.5]:4711: 550 5.7.1 Service unavailable; "
                  "client [192.0.2.5] blocked using zen.example; from=<a@b>"
                                    << QStringList {
                                           QStringLiteral("Rejected|||[192.0.2.5]:4711|blocked using zen.example")};
        QTest::newRow("reject-warning")
            << p
                + "postfix/smtpd[1]: NOQUEUE: reject_warning: RCPT from h[192.0.2.5]: 450 4.7.1 Client host rejected: "
                  "cannot find your hostname; from=<a@b>"
            << QStringList {
                   QStringLiteral("RejectWarning|||h[192.0.2.5]|Client host rejected: cannot find your hostname")};
        QTest::newRow("cleanup-header-hold")
            << p + "postfix/cleanup[5]: 4ABC: hold: header Subject: x from h[192.0.2.5]; from=<a@b> to=<c@d>"
            << QStringList {QStringLiteral("Held|4ABC||cleanup|header Subject: x")};
        QTest::newRow("sasl-failure")
            << p + "postfix/smtpd[1]: warning: h[192.0.2.5]: SASL LOGIN authentication failed: UGFzc3dvcmQ6"
            << QStringList {
                   QStringLiteral("Warning|||smtpd|h[192.0.2.5]: SASL LOGIN authentication failed: UGFzc3dvcmQ6"),
                   QStringLiteral("SaslFailure|||h[192.0.2.5]|")};
        QTest::newRow("fatal") << p + "postfix/smtpd[1]: fatal: no SASL authentication mechanisms"
                               << QStringList {QStringLiteral("Fatal|||smtpd|no SASL authentication mechanisms")};
        QTest::newRow("removed") << p + "postfix/qmgr[2]: 4ABC: removed"
                                 << QStringList {QStringLiteral("Removed|4ABC|||")};
        QTest::newRow("other-instance-ignored")
            << p + "postfix-out/smtp[4]: 4ABC: to=<u@h>, relay=none, delay=3, status=sent (x)" << QStringList {};
        QTest::newRow("not-postfix") << p + "dovecot: imap-login: Login: user=<u>" << QStringList {};
    }

    void postfixLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QStringList, events);
        Recorder r;
        PostfixLogParser parser;
        parser.parseLine(std::string_view(line.constData(), std::size_t(line.size())), r);
        for (QString &e : r.events)
            e.remove(QRegularExpression(QStringLiteral("\\|size=\\d+$")));
        QCOMPARE(r.events, events);
    }

    // Sendmail's fields are split once: a key counts where a field starts,
    // never inside a quoted address, and a count is a whole int32 or nothing.
    void sendmailLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QStringList>("events");
        const QByteArray p = "Mar  4 10:00:01 mx sm-mta[200]: 5243A0p1000200: ";
        const QString received = QStringLiteral("Received|5243A0p1000200||[192.0.2.10]|");
        QTest::newRow("plain") << p + "from=<a@b.example>, size=20, class=0, nrcpts=2, relay=[192.0.2.10]"
                               << QStringList {received,
                                      QStringLiteral("Queued|5243A0p1000200|a@b.example|[192.0.2.10]|||rcpts=2")};
        QTest::newRow("beyond-16-bits") << p + "from=<a@b>, size=20, class=0, nrcpts=70000, relay=[192.0.2.10]"
                                        << QStringList {received,
                                               QStringLiteral("Queued|5243A0p1000200|a@b|[192.0.2.10]|||rcpts=70000")};
        // 2^32 + 1 was cut to 1.
        QTest::newRow("beyond-32-bits") << p + "from=<a@b>, size=20, class=0, nrcpts=4294967297, relay=[192.0.2.10]"
                                        << QStringList {};
        QTest::newRow("not-a-number") << p + "from=<a@b>, size=20, class=0, nrcpts=3x, relay=[192.0.2.10]"
                                      << QStringList {};
        // The sender chooses its address: "nrcpts=9" in it is not the count.
        QTest::newRow("count-in-quoted-sender")
            << p + "from=<\"x, nrcpts=9\"@b>, size=20, class=0, nrcpts=1, relay=[192.0.2.10]"
            << QStringList {received, QStringLiteral("Queued|5243A0p1000200|\"x, nrcpts=9\"@b|[192.0.2.10]|||rcpts=1")};
        QTest::newRow("relay-in-quoted-sender")
            << p + "from=<\"y, relay=evil\"@b>, size=20, class=0, nrcpts=1, relay=[192.0.2.10]"
            << QStringList {
                   received, QStringLiteral("Queued|5243A0p1000200|\"y, relay=evil\"@b|[192.0.2.10]|||rcpts=1")};
        QTest::newRow("comma-in-quoted-recipient")
            << p + "to=<\"d, e\"@x>,<f@y>, delay=00:00:01, mailer=local, dsn=2.0.0, stat=Sent"
            << QStringList {QStringLiteral("Delivered|5243A0p1000200|\"d, e\"@x||Sent"),
                   QStringLiteral("Delivered|5243A0p1000200|f@y||Sent")};
    }
    void sendmailLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QStringList, events);
        Recorder r;
        QVERIFY(SendmailLogParser().parseLine(std::string_view(line.constData(), std::size_t(line.size())), r));
        for (QString &e : r.events)
            e.remove(QRegularExpression(QStringLiteral("\\|size=\\d+$")));
        QCOMPARE(r.events, events);
    }

    void clientDomain_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("domain");
        QTest::newRow("three-letter-tld") << QStringLiteral("mail3.Acme.COM[192.0.2.1]") << QStringLiteral("acme.com");
        QTest::newRow("country-second-level")
            << QStringLiteral("mx.shop.co.uk[192.0.2.1]") << QStringLiteral("shop.co.uk");
        QTest::newRow("long-tld-kept") << QStringLiteral("mx3.acme.example[192.0.2.1]")
                                       << QStringLiteral("mx3.acme.example");
        QTest::newRow("unknown-is-ip") << QStringLiteral("unknown[192.0.2.1]") << QStringLiteral("192.0.2.1");
        QTest::newRow("ipv6") << QStringLiteral("h.example.net[2001:db8::1]") << QStringLiteral("example.net");
        QTest::newRow("sendmail-blank") << QStringLiteral("unknown [192.0.2.1]") << QStringLiteral("192.0.2.1");
    }

    void clientDomain()
    {
        QFETCH(QString, client);
        QFETCH(QString, domain);
        std::string buffer;
        const std::string c = client.toStdString();
        const std::string_view d = PflogsummNames::clientDomain(c, buffer);
        QCOMPARE(QString::fromUtf8(d.data(), qsizetype(d.size())), domain);
    }

    void sampleLogs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("figures");
        QTest::addColumn<int>("mta");
        QTest::newRow("postfix") << dataFile("postfix-sample.log")
                                 << QStringLiteral("rcv=2 dlv=1 fwd=1 dfr=1/1 bnc=1 rej=1 warn=1 held=0 disc=0 "
                                                   "brcv=1734 bdlv=1234 snd=2 sdom=2 rcp=1 rdom=1")
                                 << int(MtaKind::Postfix);
        QTest::newRow("sendmail") << dataFile("sendmail-sample.log")
                                  << QStringLiteral("rcv=1 dlv=2 fwd=0 dfr=0/0 bnc=0 rej=1 warn=0 held=0 disc=0 "
                                                    "brcv=2000 bdlv=4000 snd=1 sdom=1 rcp=2 rdom=1")
                                  << int(MtaKind::Sendmail);
        QTest::newRow("qmail") << dataFile("qmail-sample.log")
                               << QStringLiteral("rcv=1 dlv=1 fwd=0 dfr=1/1 bnc=0 rej=0 warn=0 held=0 disc=0 brcv=3000 "
                                                 "bdlv=3000 snd=1 sdom=1 rcp=1 rdom=1")
                               << int(MtaKind::Qmail);
    }

    void sampleLogs()
    {
        QFETCH(QString, file);
        QFETCH(QString, figures);
        QFETCH(int, mta);
        const auto result = analyzeLogs({file}); // the MTA is detected
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(int(result->mta), mta);
        QCOMPARE(figuresLine(result->figures), figures);
    }

    void postfixExtrasAndYearRollover()
    {
        const auto result = analyzeLogs({dataFile("postfix-sample.log")});
        QVERIFY(result);
        const StatsFigures &f = result->figures;
        QCOMPARE(f.tlsSessions, qint64(1));
        QCOMPARE(f.saslFailureCount, qint64(1));
        QCOMPARE(f.connections, qint64(1));
        QCOMPARE(f.perDay.size(), std::size_t(2));
        // Dec 31 and Jan 1 of the following year, whatever the reference year is.
        const int first = f.perDay.begin()->first, last = f.perDay.rbegin()->first;
        QCOMPARE(first % 10000, 1231);
        QCOMPARE(last % 10000, 101);
        QCOMPARE(last / 10000, first / 10000 + 1);
    }

    // A host's log is read as a stream in chunks: the MTA is told from the
    // log's start as for a local file (its first 256 KiB), and the lines that
    // came before it was known count too. They used to be dropped, here the
    // first 200 KiB of other programs' lines, and detection tried again on
    // each later chunk.
    void hostLogsKeepTheLinesBeforeDetection()
    {
        QFile sample(dataFile("postfix-sample.log"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QByteArray log;
        int noise = 0;
        while (log.size() < 200 * 1024) {
            log += "Nov 25 06:40:00 mx kernel: [ 12.345678] eth0: link up, 1000 Mbps, full duplex, line "
                + QByteArray::number(++noise) + '\n';
        }
        log += sample.readAll();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(log);
        file.close();

        const auto local = analyzeLogs({path});
        QVERIFY2(local, qPrintable(local ? QString() : local.error()));
        Mailwarden::LocalHost host;
        auto future = analyzeHostLogs(host, {path}, AnalysisOptions {});
        QVERIFY(QTest::qWaitFor([&] { return future.isFinished(); }, 60000));
        const auto remote = future.result();
        QVERIFY2(remote, qPrintable(remote ? QString() : remote.error()));
        QCOMPARE(remote->mta, MtaKind::Postfix);
        QCOMPARE(remote->figures.lines, qint64(log.count('\n')));
        QCOMPARE(remote->figures.lines, local->figures.lines);
        QCOMPARE(remote->figures.matchedLines, local->figures.matchedLines);
        QCOMPARE(figuresLine(remote->figures), figuresLine(local->figures));
    }

    void incrementalFeedEqualsWholeFile()
    {
        QFile file(dataFile("postfix-sample.log"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (int chunk : {1, 7, 64}) {
            LogAnalyzer analyzer(MtaKind::Postfix);
            for (qsizetype i = 0; i < bytes.size(); i += chunk)
                analyzer.feed(QByteArrayView(bytes).mid(i, chunk));
            analyzer.finish();
            QCOMPARE(figuresLine(analyzer.aggregator().figures()),
                QStringLiteral("rcv=2 dlv=1 fwd=1 dfr=1/1 bnc=1 rej=1 warn=1 held=0 disc=0 brcv=1734 bdlv=1234 snd=2 "
                               "sdom=2 rcp=1 rdom=1"));
        }
    }

    // Queue ids whose lines straddle the parts must pair up as in one pass.
    void parallelPartsEqualOnePass_data()
    {
        QTest::addColumn<QString>("mta");
        QTest::newRow("postfix") << QStringLiteral("postfix");
        QTest::newRow("sendmail") << QStringLiteral("sendmail");
    }

    void parallelPartsEqualOnePass()
    {
        QFETCH(QString, mta);
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("mail.log"));
        QProcess gen;
        gen.setStandardOutputFile(log);
        gen.start(QStringLiteral(MW_SOURCE_DIR "/tests/lab/genlog"),
            {QStringLiteral("--mta"), mta, QStringLiteral("--lines"), QStringLiteral("20000"), QStringLiteral("--seed"),
                QStringLiteral("3")});
        QVERIFY(gen.waitForFinished(60000) && gen.exitCode() == 0);
        AnalysisOptions one;
        one.threads = 1;
        const auto sequential = analyzeLogs({log}, one);
        QVERIFY(sequential);
        for (int parts : {2, 7, 31}) {
            AnalysisOptions many;
            many.threads = parts;
            many.minPartBytes = 1024;
            const auto parallel = analyzeLogs({log}, many);
            QVERIFY(parallel);
            QCOMPARE(figuresLine(parallel->figures), figuresLine(sequential->figures));
            QCOMPARE(parallel->figures.perDay.size(), sequential->figures.perDay.size());
        }
    }

    void rotatedSetOrder()
    {
        const QStringList in {QStringLiteral("mail.log"), QStringLiteral("mail.log.1"), QStringLiteral("mail.log.3.gz"),
            QStringLiteral("mail.log.2.gz")};
        QCOMPARE(orderRotatedSet(in),
            (QStringList {QStringLiteral("mail.log.3.gz"), QStringLiteral("mail.log.2.gz"),
                QStringLiteral("mail.log.1"), QStringLiteral("mail.log")}));
        const QStringList dated {
            QStringLiteral("maillog"), QStringLiteral("maillog-20250107"), QStringLiteral("maillog-20250101.gz")};
        QCOMPARE(orderRotatedSet(dated),
            (QStringList {
                QStringLiteral("maillog-20250101.gz"), QStringLiteral("maillog-20250107"), QStringLiteral("maillog")}));
    }

    void gzipAndPlainGiveTheSameFigures()
    {
        QTemporaryDir dir;
        const QString gz = dir.filePath(QStringLiteral("mail.log.1.gz"));
        QProcess zip;
        zip.setStandardInputFile(dataFile("postfix-sample.log"));
        zip.setStandardOutputFile(gz);
        zip.start(QStringLiteral("gzip"), {QStringLiteral("-c")});
        QVERIFY(zip.waitForFinished() && zip.exitCode() == 0);
        const auto fromGz = analyzeLogs({gz});
        QVERIFY2(fromGz, qPrintable(fromGz ? QString() : fromGz.error()));
        const auto plain = analyzeLogs({dataFile("postfix-sample.log")});
        QCOMPARE(figuresLine(fromGz->figures), figuresLine(plain->figures));
    }

    void delayHistogramBuckets()
    {
        // Quarter-octave buckets above 10 ms, as floor(4 * log2(delay / 0.01)) + 1.
        for (double d = 0.0105; d < 1e6; d *= 1.0371) {
            DelayHistogram h;
            h.add(d);
            const int expected = std::min(DelayHistogram::Buckets - 1, 1 + int(4 * std::log2(d / 0.01)));
            const auto at = std::find(h.counts.begin(), h.counts.end(), 1) - h.counts.begin();
            QVERIFY2(
                at == expected, qPrintable(QStringLiteral("%1 s in bucket %2, not %3").arg(d).arg(at).arg(expected)));
        }
        DelayHistogram h;
        for (double d : {0.0, 0.005, 1.0, 1.0, 2.0, 3600.0, std::numeric_limits<double>::infinity()})
            h.add(d);
        QCOMPARE(h.counts[0], 2);
        QCOMPARE(h.counts[1 + 4 * 6 + 2], 2); // 1 s: 100 × 10 ms, 6.64 octaves
        QCOMPARE(h.counts[DelayHistogram::Buckets - 1], 1);
        QCOMPARE(h.samples, 7);
    }

    void missingFileIsAnError()
    {
        const auto result = analyzeLogs({QStringLiteral("/nonexistent/mail.log")});
        QVERIFY(!result);
        QVERIFY(result.error().contains(QLatin1String("/nonexistent/mail.log")));
    }
};

QTEST_GUILESS_MAIN(TestStatsParsers)
#include "tst_statsparsers.moc"
