// The pure parts of the probes: reply parser, EHLO capabilities, relay
// cases and their verdicts, exposure verdicts, TLS grade, certificate facts
// and the report, on replies recorded from the lab's Postfix and Sendmail.
#include "probes/certificatechecks.h"
#include "probes/certificatefacts.h"
#include "probes/ehlocapabilities.h"
#include "probes/exposurechecks.h"
#include "probes/probereportformat.h"
#include "probes/relaycases.h"
#include "probes/smtpreply.h"
#include "probes/tlsciphers.h"
#include "probes/tlsgrade.h"
#include "recordedsession.h"

#include <QJsonArray>
#include <QSslCertificate>
#include <QTest>

using namespace Mailwarden::Probes;
using namespace Mailwarden::Probes::Testing;
using namespace Qt::StringLiterals;

namespace {

SmtpReply reply(int code, std::initializer_list<QByteArray> lines)
{
    return SmtpReply {code, QByteArrayList(lines)};
}

// The reply the server gave to \a command in a recorded session.
SmtpReply replyTo(const QString &file, const QByteArray &command)
{
    const QList<RecordedStep> steps = loadRecorded(file);
    QByteArray bytes;
    bool collecting = false;
    for (const RecordedStep &step : steps) {
        if (step.fromClient) {
            if (collecting)
                break;
            collecting = step.line == command;
        } else if (collecting) {
            bytes += step.line + "\r\n";
        }
    }
    const auto replies = SmtpReplyParser::parseAll(bytes);
    if (!replies || replies->size() != 1) {
        QTest::qFail(qPrintable(QStringLiteral("no single reply to %1 in %2").arg(QString::fromUtf8(command), file)),
            __FILE__, __LINE__);
        return {};
    }
    return replies->first();
}

SmtpReply greetingOf(const QString &file)
{
    const QList<RecordedStep> steps = loadRecorded(file);
    const auto replies = steps.isEmpty() ? decltype(SmtpReplyParser::parseAll({})) {}
                                         : SmtpReplyParser::parseAll(QByteArray(steps.first().line + "\r\n"));
    if (!replies || replies->isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("no greeting in %1").arg(file)), __FILE__, __LINE__);
        return {};
    }
    return replies->first();
}

QByteArray certificateDer(const QString &name)
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/probes/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("missing test data %1").arg(name)), __FILE__, __LINE__);
        return {};
    }
    return QSslCertificate(file.readAll(), QSsl::Pem).toDer();
}

} // namespace

class TestProbeParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replyParser_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<int>>("codes");
        QTest::addColumn<int>("lastLineCount");
        QTest::addColumn<bool>("ok");
        QTest::newRow("single-line") << QByteArray("220 mx ESMTP\r\n") << QList<int> {220} << 1 << true;
        QTest::newRow("multi-line") << QByteArray("250-mx\r\n250-SIZE 10\r\n250 HELP\r\n") << QList<int> {250} << 3
                                    << true;
        QTest::newRow("bare-lf") << QByteArray("250-a\n250 b\n221 bye\n") << QList<int> {250, 221} << 1 << true;
        QTest::newRow("code-only") << QByteArray("250\r\n") << QList<int> {250} << 1 << true;
        QTest::newRow("incomplete-multi-line") << QByteArray("250-a\r\n250-b\r\n") << QList<int> {} << 0 << true;
        QTest::newRow("garbage") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << QList<int> {} << 0 << false;
        QTest::newRow("garbage-after-reply") << QByteArray("220 ok\r\nhello\r\n") << QList<int> {} << 0 << false;
        QTest::newRow("code-out-of-range") << QByteArray("999 what\r\n") << QList<int> {} << 0 << false;
        QTest::newRow("mixed-codes") << QByteArray("250-a\r\n550 b\r\n") << QList<int> {} << 0 << false;
        QTest::newRow("long-line") << QByteArray("250 " + QByteArray(5000, 'x') + "\r\n") << QList<int> {} << 0
                                   << false;
        QTest::newRow("long-unterminated") << QByteArray(5000, '2') << QList<int> {} << 0 << false;
        QTest::newRow("postfix-session") << serverBytes(loadRecorded(QStringLiteral("postfix-exposure.txt")))
                                         << QList<int> {220, 503, 250, 250, 502, 502, 500, 221} << 1 << true;
        QTest::newRow("sendmail-session") << serverBytes(loadRecorded(QStringLiteral("sendmail-relay-closed.txt")))
                                          << QList<int> {220, 250, 250, 550, 250, 250, 550, 250, 221} << 1 << true;
    }
    void replyParser()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<int>, codes);
        QFETCH(int, lastLineCount);
        QFETCH(bool, ok);
        const auto whole = SmtpReplyParser::parseAll(bytes);
        QCOMPARE(whole.has_value(), ok);
        if (!ok) {
            QVERIFY(!whole.error().message().isEmpty());
            return;
        }
        QList<int> seen;
        for (const SmtpReply &r : *whole)
            seen << r.code;
        QCOMPARE(seen, codes);
        if (!whole->isEmpty())
            QCOMPARE(whole->last().lines.size(), lastLineCount);

        // Byte by byte, as a slow server sends it: the same replies.
        SmtpReplyParser parser;
        QList<SmtpReply> pieces;
        for (char c : bytes) {
            const auto some = parser.feed(QByteArrayView(&c, 1));
            QVERIFY(some);
            pieces += *some;
        }
        QCOMPARE(pieces, *whole);
    }

    void parserStaysFailed()
    {
        SmtpReplyParser parser;
        QVERIFY(!parser.feed("junk\r\n"));
        QVERIFY(!parser.feed("220 fine now\r\n"));
    }

    void ehlo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("starttls");
        QTest::addColumn<QVariant>("size");
        QTest::addColumn<bool>("etrn");
        QTest::newRow("postfix") << u"postfix-exposure.txt"_s << QByteArray("postfix.lab.test") << true
                                 << QVariant(qint64(20480000)) << true;
        QTest::newRow("sendmail") << u"sendmail-exposure.txt"_s << QByteArray("sendmail.lab.test") << true
                                  << QVariant(qint64(0)) << true;
    }
    void ehlo()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, name);
        QFETCH(bool, starttls);
        QFETCH(QVariant, size);
        QFETCH(bool, etrn);
        const EhloCapabilities caps = EhloCapabilities::fromReply(replyTo(file, "EHLO probe.mailwarden.invalid"));
        QCOMPARE(caps.serverName, name);
        QCOMPARE(caps.has("STARTTLS"), starttls);
        QCOMPARE(caps.has("ETRN"), etrn);
        QCOMPARE(QVariant(*caps.sizeLimit()), size);
        QVERIFY(caps.authMechanisms().isEmpty());
    }

    void ehloAuthForms()
    {
        const EhloCapabilities caps = EhloCapabilities::fromReply(
            reply(250, {"mx.example", "AUTH PLAIN LOGIN", "AUTH=LOGIN CRAM-MD5", "size 1000"}));
        QCOMPARE(caps.authMechanisms(), (QByteArrayList {"PLAIN", "LOGIN", "CRAM-MD5"}));
        QCOMPARE(caps.sizeLimit(), std::optional<qint64>(1000));
        QVERIFY(!EhloCapabilities::fromReply(reply(250, {"mx"})).sizeLimit());
    }

    void relayCases()
    {
        RelayContext context;
        context.serverName = QStringLiteral("postfix.lab.test");
        context.serverAddress = QStringLiteral("127.0.0.1");
        const QList<RelayCase> cases = buildRelayCases(context);
        QCOMPARE(cases.size(), 18);
        QSet<QString> ids;
        QSet<QByteArray> pairs;
        for (const RelayCase &c : cases) {
            ids.insert(c.id);
            pairs.insert(c.mailFrom + ' ' + c.rcptTo);
            QVERIFY2(!c.description.isEmpty(), qPrintable(c.id));
        }
        QCOMPARE(ids.size(), cases.size());
        QCOMPARE(pairs.size(), cases.size());
        const auto byId = [&cases](const char *id) {
            for (const RelayCase &c : cases) {
                if (c.id == QLatin1String(id))
                    return c;
            }
            return RelayCase {};
        };
        QCOMPARE(byId("null-sender").mailCommand(), QByteArray("MAIL FROM:<>"));
        QCOMPARE(byId("percent-hack-ip").rcptCommand(), QByteArray("RCPT TO:<relaytest%example.net@[127.0.0.1]>"));
        QCOMPARE(byId("quoted-at-ip").rcptTo, QByteArray("\"relaytest@example.net\"@[127.0.0.1]"));
        QCOMPARE(byId("source-route-name").rcptTo, QByteArray("@postfix.lab.test:relaytest@example.net"));
        QCOMPARE(byId("bang-at-name").rcptTo, QByteArray("example.net!relaytest@postfix.lab.test"));
        QCOMPARE(byId("spoofed-local").mailFrom, QByteArray("postmaster@lab.test"));
        QCOMPARE(byId("plain").mailFrom, QByteArray("mailwarden-probe@example.org"));

        context.serverAddress = QStringLiteral("::1");
        QCOMPARE(buildRelayCases(context).at(3).mailFrom, QByteArray("mailwarden-probe@[IPv6:::1]"));
    }

    void parentDomain_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("domain");
        QTest::newRow("three-labels") << u"postfix.lab.test"_s << u"lab.test"_s;
        QTest::newRow("two-labels") << u"example.org"_s << u"example.org"_s;
        QTest::newRow("single") << u"localhost"_s << u"localhost"_s;
    }
    void parentDomain()
    {
        QFETCH(QString, name);
        QFETCH(QString, domain);
        QCOMPARE(Mailwarden::Probes::parentDomain(name), domain);
    }

    void classify_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("rcpt");
        QTest::addColumn<int>("result");
        const QByteArray plain("RCPT TO:<relaytest@example.net>");
        const QByteArray percent("RCPT TO:<relaytest%example.net@[127.0.0.1]>");
        QTest::newRow("postfix-closed") << u"postfix-relay-closed.txt"_s << plain << int(RelayOutcome::Result::Refused);
        QTest::newRow("postfix-closed-percent")
            << u"postfix-relay-closed.txt"_s << percent << int(RelayOutcome::Result::Refused);
        QTest::newRow("sendmail-closed") << u"sendmail-relay-closed.txt"_s << plain
                                         << int(RelayOutcome::Result::Refused);
        QTest::newRow("postfix-open") << u"postfix-relay-open.txt"_s << plain << int(RelayOutcome::Result::Accepted);
        QTest::newRow("postfix-open-percent")
            << u"postfix-relay-open.txt"_s << percent << int(RelayOutcome::Result::Accepted);
    }
    void classify()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, rcpt);
        QFETCH(int, result);
        const RelayOutcome outcome = classifyRelay(replyTo(file, "MAIL FROM:<>"), replyTo(file, rcpt));
        QCOMPARE(int(outcome.result), result);
        QVERIFY(outcome.decidingReply().startsWith(QString::number(replyTo(file, rcpt).code)));
    }

    void classifyEdges()
    {
        const SmtpReply ok = reply(250, {"ok"});
        QCOMPARE(classifyRelay(reply(553, {"no"}), std::nullopt).result, RelayOutcome::Result::Refused);
        QCOMPARE(classifyRelay(ok, reply(421, {"bye"})).result, RelayOutcome::Result::NoAnswer);
        QCOMPARE(classifyRelay(ok, std::nullopt).result, RelayOutcome::Result::NoAnswer);
        QCOMPARE(classifyRelay(ok, reply(251, {"will forward"})).result, RelayOutcome::Result::Accepted);
    }

    void vrfy_data()
    {
        QTest::addColumn<SmtpReply>("known");
        QTest::addColumn<SmtpReply>("unknown");
        QTest::addColumn<Verdict>("verdict");
        const auto recorded
            = [](const char *file, const char *command) { return replyTo(QString::fromLatin1(file), command); };
        QTest::newRow("postfix-disabled") << recorded("postfix-exposure.txt", "VRFY postmaster")
                                          << recorded("postfix-exposure.txt", "VRFY mw-nobody-1") << Verdict::Pass;
        QTest::newRow("postfix-enabled-252-vs-550")
            << recorded("postfix-vrfy-enabled.txt", "VRFY postmaster")
            << recorded("postfix-vrfy-enabled.txt", "VRFY mw-nobody-1") << Verdict::Fail;
        QTest::newRow("sendmail-250") << recorded("sendmail-exposure.txt", "VRFY postmaster")
                                      << recorded("sendmail-exposure.txt", "VRFY mw-nobody-1") << Verdict::Fail;
        QTest::newRow("qmail-252-for-all") << reply(252, {"send some mail, i'll try my best"})
                                           << reply(252, {"send some mail, i'll try my best"}) << Verdict::Pass;
    }
    void vrfy()
    {
        QFETCH(SmtpReply, known);
        QFETCH(SmtpReply, unknown);
        QFETCH(Verdict, verdict);
        const CheckResult r = Exposure::vrfy(known, unknown);
        QCOMPARE(r.id, u"smtp.vrfy"_s);
        QCOMPARE(r.verdict, verdict);
        QCOMPARE(r.advice.isEmpty(), verdict == Verdict::Pass);
    }

    void expn()
    {
        QCOMPARE(Exposure::expn(replyTo(u"postfix-exposure.txt"_s, "EXPN postmaster")).verdict, Verdict::Pass);
        const CheckResult sendmail = Exposure::expn(replyTo(u"sendmail-exposure.txt"_s, "EXPN postmaster"));
        QCOMPARE(sendmail.verdict, Verdict::Fail);
        QVERIFY(sendmail.evidence.contains(QLatin1String("mwadmin@sendmail.lab.test")));
    }

    void banner_data()
    {
        QTest::addColumn<SmtpReply>("greeting");
        QTest::addColumn<QString>("software");
        QTest::addColumn<QString>("version");
        QTest::newRow("postfix-debian") << greetingOf(u"postfix-exposure.txt"_s) << u"Postfix"_s << QString();
        QTest::newRow("sendmail-version") << greetingOf(u"sendmail-exposure.txt"_s) << u"Sendmail"_s << u"8.18.1"_s;
        QTest::newRow("exim") << reply(220, {"mx.example ESMTP Exim 4.96 Mon, 1 Jan 2024"}) << u"Exim"_s << u"4.96"_s;
        QTest::newRow("hostname-only") << reply(220, {"mx.example ESMTP"}) << QString() << QString();
    }
    void banner()
    {
        QFETCH(SmtpReply, greeting);
        QFETCH(QString, software);
        QFETCH(QString, version);
        const CheckResult r = Exposure::banner(greeting);
        QCOMPARE(r.facts.value(u"software"_s).toString(), software);
        QCOMPARE(r.facts.value(u"version"_s).toString(), version);
        QCOMPARE(r.verdict, software.isEmpty() ? Verdict::Pass : Verdict::Warn);
    }

    void helo()
    {
        QCOMPARE(Exposure::heloRequired(replyTo(u"postfix-exposure.txt"_s, "MAIL FROM:<>")).verdict, Verdict::Pass);
        QCOMPARE(Exposure::heloRequired(reply(250, {"2.1.0 Ok"})).verdict, Verdict::Warn);
    }

    void sizeAndEtrn_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::addColumn<Verdict>("size");
        QTest::addColumn<Verdict>("etrn");
        QTest::newRow("postfix") << QList<QByteArray> {"mx", "SIZE 20480000", "ETRN"} << Verdict::Pass << Verdict::Warn;
        QTest::newRow("no-limit") << QList<QByteArray> {"mx", "SIZE"} << Verdict::Warn << Verdict::Pass;
        QTest::newRow("huge") << QList<QByteArray> {"mx", "SIZE 104857600"} << Verdict::Warn << Verdict::Pass;
        QTest::newRow("not-announced-turn") << QList<QByteArray> {"mx", "TURN"} << Verdict::Warn << Verdict::Fail;
    }
    void sizeAndEtrn()
    {
        QFETCH(QList<QByteArray>, lines);
        QFETCH(Verdict, size);
        QFETCH(Verdict, etrn);
        const EhloCapabilities caps = EhloCapabilities::fromReply(SmtpReply {250, lines});
        QCOMPARE(Exposure::size(caps).verdict, size);
        QCOMPARE(Exposure::etrnTurn(caps).verdict, etrn);
    }

    void grade_data()
    {
        QTest::addColumn<TlsFindings>("findings");
        QTest::addColumn<QChar>("grade");
        TlsFindings good;
        good.starttlsOffered = good.handshakeWorked = good.forwardSecrecy = good.certificateRead = true;
        good.versions = {{u"1.0"_s, TlsFindings::Version::Refused}, {u"1.1"_s, TlsFindings::Version::Untested},
            {u"1.2"_s, TlsFindings::Version::Accepted}, {u"1.3"_s, TlsFindings::Version::Accepted}};
        QTest::newRow("modern") << good << QChar(u'A');
        TlsFindings lab = good;
        lab.selfSigned = true;
        lab.versions[u"1.0"_s] = TlsFindings::Version::Accepted;
        QTest::newRow("lab-postfix") << lab << QChar(u'B');
        TlsFindings expired = good;
        expired.expired = true;
        QTest::newRow("expired") << expired << QChar(u'C');
        TlsFindings plainAuth = good;
        plainAuth.authBeforeTls = plainAuth.plaintextAuthBeforeTls = true;
        QTest::newRow("auth-plain-before-tls") << plainAuth << QChar(u'C');
        TlsFindings old = good;
        old.versions = {{u"1.0"_s, TlsFindings::Version::Accepted}, {u"1.2"_s, TlsFindings::Version::Refused},
            {u"1.3"_s, TlsFindings::Version::Refused}};
        QTest::newRow("tls-1.0-only") << old << QChar(u'D');
        QTest::newRow("no-starttls") << TlsFindings {} << QChar(u'F');
        TlsFindings anonymous = good;
        anonymous.anonymousSuites = true;
        QTest::newRow("anonymous-suites") << anonymous << QChar(u'B');
        TlsFindings des = good;
        des.desSuites = true;
        QTest::newRow("3des-suites") << des << QChar(u'B');
        TlsFindings rc4 = good;
        rc4.rc4Suites = true;
        QTest::newRow("rc4-suites") << rc4 << QChar(u'C');
        TlsFindings null = good;
        null.nullOrExportSuites = true;
        QTest::newRow("null-suites") << null << QChar(u'F');
    }

    void cipherWeakness_data()
    {
        QTest::addColumn<QString>("suite");
        QTest::addColumn<CipherWeakness>("weakness");
        QTest::newRow("modern") << u"ECDHE-RSA-AES256-GCM-SHA384"_s << CipherWeakness::None;
        QTest::newRow("tls13") << u"TLS_CHACHA20_POLY1305_SHA256"_s << CipherWeakness::None;
        QTest::newRow("static-rsa") << u"AES128-SHA"_s << CipherWeakness::None;
        QTest::newRow("null") << u"ECDHE-RSA-NULL-SHA"_s << CipherWeakness::NullEncryption;
        QTest::newRow("null-anon") << u"AECDH-NULL-SHA"_s << CipherWeakness::NullEncryption;
        QTest::newRow("export") << u"EXP-RC4-MD5"_s << CipherWeakness::Export;
        QTest::newRow("export-des") << u"EXP-EDH-RSA-DES-CBC-SHA"_s << CipherWeakness::Export;
        QTest::newRow("anon-dh") << u"ADH-AES256-GCM-SHA384"_s << CipherWeakness::Anonymous;
        QTest::newRow("anon-ecdh") << u"AECDH-AES128-SHA"_s << CipherWeakness::Anonymous;
        QTest::newRow("anon-3des") << u"ADH-DES-CBC3-SHA"_s << CipherWeakness::Anonymous;
        QTest::newRow("rc4") << u"ECDHE-RSA-RC4-SHA"_s << CipherWeakness::Rc4;
        QTest::newRow("3des") << u"DES-CBC3-SHA"_s << CipherWeakness::Des;
        QTest::newRow("des") << u"EDH-RSA-DES-CBC-SHA"_s << CipherWeakness::Des;
    }
    void cipherWeakness()
    {
        QFETCH(QString, suite);
        QFETCH(CipherWeakness, weakness);
        QCOMPARE(Mailwarden::Probes::cipherWeakness(suite), weakness);
        QCOMPARE(cipherWeaknessText(weakness).isEmpty(), weakness == CipherWeakness::None);
    }

    // The scan's configurations: all but the suites found, at security level 0; one group at a time.
    void scanConfigurations()
    {
        const QSslConfiguration tls12 = cipherScanConfiguration(TlsVersion::V1_2, {u"AES128-SHA"_s, u"RC4-MD5"_s});
        QCOMPARE(tls12.backendConfiguration().value("CipherString").toByteArray(),
            QByteArray("ALL:COMPLEMENTOFALL:!AES128-SHA:!RC4-MD5:@SECLEVEL=0"));
        const QSslConfiguration tls13 = cipherScanConfiguration(TlsVersion::V1_3, {u"TLS_AES_256_GCM_SHA384"_s});
        const QByteArray suites = tls13.backendConfiguration().value("Ciphersuites").toByteArray();
        QVERIFY(!suites.contains("TLS_AES_256_GCM_SHA384"));
        QCOMPARE(suites.count(':'), tls13Suites().size() - 2);
        const QSslConfiguration group = groupScanConfiguration(TlsVersion::V1_2, u"P-384"_s);
        QCOMPARE(group.backendConfiguration().value("Groups").toByteArray(), QByteArray("P-384"));
        QVERIFY(group.backendConfiguration().value("CipherString").toByteArray().startsWith("ECDHE"));
        QVERIFY(keyExchangeGroups(TlsVersion::V1_3).contains(u"ffdhe2048"_s));
        QVERIFY(!keyExchangeGroups(TlsVersion::V1_2).contains(u"ffdhe2048"_s));
    }

    // The chain as sent: in order, out of order, with the root.
    void certificateChain()
    {
        const QSslCertificate leaf(certificateDer(u"chain-leaf.pem"_s), QSsl::Der);
        const QSslCertificate ca(certificateDer(u"chain-ca.pem"_s), QSsl::Der);
        QVERIFY(!leaf.isNull() && !ca.isNull());
        const QDateTime now(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::UTC);
        const auto chainOf = [&now](const QList<QSslCertificate> &chain) {
            TlsFindings findings;
            for (const CheckResult &c : Mailwarden::Probes::certificateChecks(chain, {}, {}, now, findings)) {
                if (c.id == u"tls.cert.chain"_s)
                    return c;
            }
            return CheckResult {};
        };
        const CheckResult alone = chainOf({leaf});
        QCOMPARE(alone.verdict, Verdict::Pass);
        QCOMPARE(alone.facts.value(u"certificates"_s).toList().size(), 1);
        const CheckResult withRoot = chainOf({leaf, ca});
        QCOMPARE(withRoot.verdict, Verdict::Info);
        QVERIFY(withRoot.facts.value(u"rootSent"_s).toBool());
        QVERIFY2(withRoot.evidence.contains(u"mx.chain.test"_s), qPrintable(withRoot.evidence));
        const CheckResult reversed = chainOf({ca, leaf});
        QCOMPARE(reversed.verdict, Verdict::Warn);
        QVERIFY(!reversed.advice.isEmpty());
        const QVariantMap first = reversed.facts.value(u"certificates"_s).toList().first().toMap();
        QVERIFY(first.value(u"selfSigned"_s).toBool());
    }
    void grade()
    {
        QFETCH(TlsFindings, findings);
        QFETCH(QChar, grade);
        const TlsGrade g = gradeTls(findings);
        QCOMPARE(g.letter, grade);
        QCOMPARE(g.reasons.isEmpty(), grade == QLatin1Char('A'));
    }

    void certificate()
    {
        const QByteArray der = certificateDer(u"rsa-30days.pem"_s);
        const QDateTime now(QDate(2025, 1, 21), QTime(0, 0), QTimeZone::UTC);
        const auto facts = inspectCertificate(der, now);
        QVERIFY2(facts, qPrintable(facts.error()));
        QCOMPARE(facts->commonName, u"mx.example.test"_s);
        QCOMPARE(facts->dnsNames, (QStringList {u"mx.example.test"_s, u"*.mail.example.test"_s}));
        QCOMPARE(facts->ipAddresses, QStringList {u"192.0.2.25"_s});
        QCOMPARE(facts->keyType, u"RSA"_s);
        QCOMPARE(facts->keyBits, 2048);
        QCOMPARE(facts->signatureAlgorithm, u"sha256WithRSAEncryption"_s);
        QCOMPARE(facts->daysLeft, 10);
        QVERIFY(facts->selfSigned);
        QVERIFY(!facts->expired(now));
        QVERIFY(!facts->weakKey());
        QVERIFY(!facts->weakSignature());
        QVERIFY(facts->matches(u"mx.example.test"_s));
        QVERIFY(facts->matches(u"in.mail.example.test"_s));
        QVERIFY(facts->matches(u"192.0.2.25"_s));
        QVERIFY(!facts->matches(u"other.example.test"_s));
        QVERIFY(!facts->matches(u"127.0.0.1"_s));
        QVERIFY(facts->matches(u"MX.Example.Test."_s));
        QVERIFY(!facts->matches(u"a.in.mail.example.test"_s)); // "*" is one label
        QVERIFY(!facts->matches(u"mail.example.test"_s));
        QCOMPARE(facts->subject, u"CN=mx.example.test, O=Mailwarden test"_s);
        QCOMPARE(facts->issuer, facts->subject);
    }

    void hostileCertificates_data()
    {
        QTest::addColumn<QByteArray>("der");
        const QByteArray good = certificateDer(u"rsa-30days.pem"_s);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << good.first(good.size() - 1);
        QTest::newRow("trailing-byte") << good + '\0';
        QTest::newRow("indefinite-length") << QByteArray("\x30\x80\x00\x00", 4);
        QTest::newRow("length-past-end") << QByteArray("\x30\x84\x7f\xff\xff\xff\x02\x01\x00", 9);
        // Found by fuzz_certificate: a corrupt key identifier crashed qca-ossl,
        // a corrupt RSA key QSslCertificate::publicKey().
        QByteArray badKey = good;
        const qsizetype modulus = badKey.indexOf(QByteArray::fromHex("0282010100")); // INTEGER n, 257 octets
        QVERIFY(modulus > 0);
        badKey[modulus] = '\x04'; // an OCTET STRING where the modulus is
        QTest::newRow("corrupt-rsa-key") << badKey;
    }
    void hostileCertificates()
    {
        QFETCH(QByteArray, der);
        const auto facts = inspectCertificate(der, QDateTime::currentDateTimeUtc());
        QVERIFY(!facts);
        QVERIFY(!facts.error().isEmpty());
    }

    void certificateEcExpired()
    {
        const QDateTime now(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC);
        const auto facts = inspectCertificate(certificateDer(u"ec-expired.pem"_s), now);
        QVERIFY2(facts, qPrintable(facts.error()));
        QCOMPARE(facts->keyType, u"EC"_s);
        QCOMPARE(facts->keyBits, 256);
        QCOMPARE(facts->signatureAlgorithm, u"ecdsa-with-SHA256"_s);
        QVERIFY(facts->expired(now));
        QVERIFY(facts->daysLeft < -1400);
    }

    void certificateChecks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<Verdict>("expiry");
        QTest::addColumn<Verdict>("name");
        const QDateTime jan21(QDate(2025, 1, 21), QTime(0, 0), QTimeZone::UTC);
        QTest::newRow("ten-days-left") << u"rsa-30days.pem"_s << jan21 << QStringList {u"mx.example.test"_s}
                                       << Verdict::Warn << Verdict::Pass;
        QTest::newRow("plenty-left") << u"rsa-30days.pem"_s << jan21.addDays(-20)
                                     << QStringList {u"192.0.2.25"_s, u"mx.example.test"_s} << Verdict::Pass
                                     << Verdict::Pass;
        QTest::newRow("not-yet-valid") << u"rsa-30days.pem"_s << jan21.addYears(-1) << QStringList {u"x.test"_s}
                                       << Verdict::Fail << Verdict::Warn;
        QTest::newRow("expired") << u"ec-expired.pem"_s << jan21 << QStringList {u"old.example.test"_s} << Verdict::Fail
                                 << Verdict::Pass;
    }
    void certificateChecks()
    {
        QFETCH(QString, file);
        QFETCH(QDateTime, now);
        QFETCH(QStringList, names);
        QFETCH(Verdict, expiry);
        QFETCH(Verdict, name);
        const QList<QSslCertificate> chain {QSslCertificate(certificateDer(file), QSsl::Der)};
        TlsFindings findings;
        const QList<CheckResult> checks = Mailwarden::Probes::certificateChecks(chain, {}, names, now, findings);
        QMap<QString, CheckResult> byId;
        for (const CheckResult &c : checks)
            byId.insert(c.id, c);
        QCOMPARE(byId.keys(),
            (QStringList {
                u"tls.cert"_s, u"tls.cert.chain"_s, u"tls.cert.expiry"_s, u"tls.cert.name"_s, u"tls.cert.trust"_s}));
        QCOMPARE(byId[u"tls.cert.expiry"_s].verdict, expiry);
        QCOMPARE(byId[u"tls.cert.name"_s].verdict, name);
        QCOMPARE(byId[u"tls.cert.trust"_s].verdict, Verdict::Warn); // both are self-signed
        QVERIFY(findings.certificateRead && findings.selfSigned);
        QCOMPARE(findings.expired, expiry == Verdict::Fail);
        QCOMPARE(findings.nameMismatch, name == Verdict::Warn);
    }

    void notACertificate() { QVERIFY(!inspectCertificate("not a certificate", QDateTime::currentDateTimeUtc())); }

    void reportFormats()
    {
        ProbeReport report;
        report.target = u"mx.example:25"_s;
        report.checks.append({u"relay.open"_s, u"Open relay"_s, Verdict::Fail, u"OPEN RELAY"_s, u"close it"_s,
            {{u"accepted"_s, 2}}, {{TranscriptLine::Kind::Sent, "MAIL FROM:<>", 5}}, u"relay"_s});
        report.checks.append({u"smtp.vrfy"_s, u"VRFY"_s, Verdict::Pass, u"disabled"_s, {}, {}, {}, u"smtp"_s});
        QCOMPARE(report.exitCode(), 1);
        const QString text = reportText(report, true);
        QVERIFY2(text.contains(QLatin1String("[FAIL]  Open relay: OPEN RELAY")), qPrintable(text));
        QVERIFY(text.contains(u"→ close it"_s));
        QVERIFY(text.contains(QLatin1String("C: MAIL FROM:<>")));
        const QJsonObject json = reportJson(report);
        QCOMPARE(json[u"exitCode"_s].toInt(), 1);
        const QJsonObject first = json[u"checks"_s].toArray().first().toObject();
        QCOMPARE(first[u"verdict"_s].toString(), u"fail"_s);
        QCOMPARE(first[u"facts"_s].toObject()[u"accepted"_s].toInt(), 2);
        QCOMPARE(first[u"transcript"_s].toArray().first().toString(), u"C: MAIL FROM:<>"_s);

        // A hostile banner: the text report strips its escapes and CR, JSON keeps them.
        report.checks.append({u"smtp.banner"_s, u"Banner"_s, Verdict::Warn, u"\x1b]0;owned\x07\x1b[2Jmx\rX"_s, {}, {},
            {{TranscriptLine::Kind::Received, "220 \x1b[31mred\r", 1}}, u"smtp"_s});
        const QString hostile = reportText(report, true);
        QVERIFY2(!hostile.contains(QChar(0x1b)) && !hostile.contains(QLatin1Char('\r')), qPrintable(hostile));
        QVERIFY(hostile.contains(QLatin1String("Banner: mxX")));
        QVERIFY(hostile.contains(QLatin1String("S: 220 red")));
        const QJsonObject banner = reportJson(report)[u"checks"_s].toArray().last().toObject();
        QCOMPARE(banner[u"evidence"_s].toString(), u"\x1b]0;owned\x07\x1b[2Jmx\rX"_s);
        QCOMPARE(banner[u"transcript"_s].toArray().first().toString(), u"S: 220 \x1b[31mred\r"_s);
        report.checks.removeLast();

        report.checks.removeFirst();
        QCOMPARE(report.exitCode(), 0);
        report.connectionError = u"refused"_s;
        QCOMPARE(report.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProbeParsers)
#include "tst_probeparsers.moc"
