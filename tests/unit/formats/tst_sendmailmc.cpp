// SendmailMc: m4 calls (quoted, nested quotes, split over lines, dnl), byte
// round trip, unterminated quotes/calls rejected with their position, edits.
#include "sendmail/sendmailmc.h"

#include "testsupport.h"
#include <QFile>

#include <QTest>

using namespace Mailwarden;

namespace {

QByteArray dataFile(const char *name)
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/formats/sendmail/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

SendmailMc parsed(const QByteArray &bytes)
{
    return MW_PARSED_OR_FAIL(SendmailMc::parse(bytes, QStringLiteral("sendmail.mc")));
}

} // namespace

class TestSendmailMc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lab-file") << dataFile("sendmail.mc");
        QTest::newRow("crlf") << QByteArray("divert(0)dnl\r\nFEATURE(`x')dnl\r\n");
        QTest::newRow("no-final-newline") << QByteArray("MAILER(smtp)");
        QTest::newRow("quote-in-hash-comment") << QByteArray("# don't `worry\nOSTYPE(linux)\n");
        QTest::newRow("apostrophe-outside-quotes") << QByteArray("dnl it's fine\nx'y\n");
        QTest::newRow("non-utf8") << QByteArray("define(`confX', `\xff\xfe')\n");
    }

    void roundTrip()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(parsed(bytes).toBytes(), bytes);
    }

    void reject_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("unbalanced-quote")
            << QByteArray("divert(0)\ndefine(`confX', `value)\nMAILER(smtp)\n") << 2 << 17;
        QTest::newRow("unterminated-top-level-quote") << QByteArray("dnl ok\n  `open\n") << 2 << 3;
        QTest::newRow("unterminated-call") << QByteArray("OSTYPE(linux)\nFEATURE(`x',\n") << 2 << 1;
    }

    void reject()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto mc = SendmailMc::parse(bytes, QStringLiteral("sendmail.mc"));
        QVERIFY(!mc);
        QCOMPARE(mc.error().line, line);
        QCOMPARE(mc.error().column, column);
    }

    void calls()
    {
        const SendmailMc mc = parsed(dataFile("sendmail.mc"));
        const QList<SendmailMc::Call> features = mc.calls("FEATURE");
        QCOMPARE(features.size(), 2); // the dnl'd one is a comment
        QCOMPARE(features[0].args, (QList<QByteArray> {"access_db", "", "skip"}));
        QCOMPARE(features[1].line, 11);
        QCOMPARE(features[1].args[2], QByteArray("`\"550 Rejected: \" $&{client_addr} \" listed\"'"));
        QCOMPARE(mc.define("SMART_HOST"), std::optional<QByteArray>("[relay.example.com]"));
        QCOMPARE(mc.define("confPRIVACY_FLAGS"), std::optional<QByteArray>("authwarnings,needmailhelo,noexpn,novrfy"));
        QVERIFY(!mc.define("confMISSING"));
        QVERIFY(mc.hasFeature("access_db"));
        QVERIFY(!mc.hasFeature("relay_based_on_MX"));
        QCOMPARE(mc.calls("DAEMON_OPTIONS").first().args.first(),
            QByteArray("Family=inet,  Name=MTA-v4, Port=smtp, Addr=127.0.0.1"));
        const auto unquoted = parsed("FEATURE(nullclient, hub.$m)\n").findCall("FEATURE", "nullclient");
        QCOMPARE(unquoted->args, (QList<QByteArray> {"nullclient", "hub.$m"}));
    }

    void edits_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("edit");
        const QByteArray lab = dataFile("sendmail.mc");
        QTest::newRow("set-define-in-place")
            << QByteArray("define(`confX', `a')dnl\ndefine(`confPRIVACY_FLAGS', `authwarnings')dnl\nMAILER(smtp)\n")
            << QByteArray("define(`confX', `a')dnl\ndefine(`confPRIVACY_FLAGS', `goaway')dnl\nMAILER(smtp)\n")
            << QStringLiteral("define confPRIVACY_FLAGS goaway");
        QTest::newRow("set-define-multiline") << QByteArray("define(`SMART_HOST',\n       `old')dnl\n")
                                              << QByteArray("define(`SMART_HOST',\n       `[new.example]')dnl\n")
                                              << QStringLiteral("define SMART_HOST [new.example]");
        QTest::newRow("add-define-before-mailer")
            << QByteArray("OSTYPE(`linux')dnl\nMAILER(`smtp')dnl\n")
            << QByteArray("OSTYPE(`linux')dnl\ndefine(`confX', `1')dnl\nMAILER(`smtp')dnl\n")
            << QStringLiteral("define confX 1");
        QTest::newRow("add-feature-after-features-unquoted-style")
            << QByteArray("FEATURE(access_db, `hash -o /etc/mail/access')\nFEATURE(local_lmtp)\n\nMAILER(local)\n")
            << QByteArray("FEATURE(access_db, `hash -o "
                          "/etc/mail/access')\nFEATURE(local_lmtp)\nFEATURE(blocklist_recipients)\n\nMAILER(local)\n")
            << QStringLiteral("feature+ blocklist_recipients");
        QTest::newRow("remove-feature-whole-line")
            << QByteArray("FEATURE(`a')dnl\nFEATURE(`dnsbl', `x',\n  `y')dnl\nMAILER(smtp)\n")
            << QByteArray("FEATURE(`a')dnl\nMAILER(smtp)\n") << QStringLiteral("feature- dnsbl");
        QTest::newRow("remove-define-shared-line") << QByteArray("define(`a', 1)define(`b', 2)\n")
                                                   << QByteArray("define(`b', 2)\n") << QStringLiteral("undefine a");
        QTest::newRow("lab-set-privacy") << lab
                                         << QByteArray(lab).replace(
                                                "needmailhelo,noexpn,novrfy", "noexpn,novrfy,goaway")
                                         << QStringLiteral(
                                                "define confPRIVACY_FLAGS authwarnings,noexpn,novrfy,goaway");
    }

    void edits()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QString, edit);
        SendmailMc mc = parsed(before);
        const QStringList words = edit.split(QLatin1Char(' '));
        const QByteArray a = words.value(1).toUtf8(), b = words.value(2).toUtf8();
        if (words[0] == QLatin1String("define"))
            QVERIFY(mc.setDefine(a, b));
        else if (words[0] == QLatin1String("undefine"))
            QVERIFY(mc.removeDefine(a));
        else if (words[0] == QLatin1String("feature+"))
            QVERIFY(mc.addFeature(a));
        else
            QVERIFY(mc.removeFeature(a));
        QCOMPARE(mc.toBytes(), after);
        QVERIFY(SendmailMc::parse(mc.toBytes(), {}).has_value());
    }

    void refusedEdits()
    {
        SendmailMc mc = parsed("FEATURE(`a')\n");
        QVERIFY(!mc.addFeature("a"));
        QVERIFY(!mc.setDefine("confX", "unbalanced `quote"));
        QVERIFY(!mc.removeFeature("b"));
        QCOMPARE(mc.toBytes(), QByteArray("FEATURE(`a')\n"));
    }

    void warnings()
    {
        const SendmailMc mc = parsed("define(`confX', 1)\nMAILER(smtp)\nFEATURE(`late')\ndefine(`confX', 2)\n");
        const QList<Diagnostic> diagnostics = mc.check();
        QCOMPARE(diagnostics.size(), 2);
        QCOMPARE(diagnostics[0].line, 3);
        QCOMPARE(diagnostics[1].line, 4);
        QCOMPARE(parsed(dataFile("sendmail.mc")).check(), QList<Diagnostic>());
    }

    // FEATURE(dnsbl) and FEATURE(enhdnsbl) add one blocklist per use.
    void repeatedBlocklists()
    {
        const SendmailMc mc = parsed("FEATURE(`dnsbl', `bl.example.org')dnl\n"
                                     "FEATURE(`dnsbl', `bl.example.net')dnl\n"
                                     "FEATURE(`enhdnsbl', `a.example.org', `\"550 no\"', `t', `127.0.0.2.')dnl\n"
                                     "FEATURE(`enhdnsbl', `b.example.org', `\"550 no\"', `t', `127.0.0.2.')dnl\n"
                                     "FEATURE(`dnsbl', `bl.example.org')dnl\n");
        const QList<Diagnostic> diagnostics = mc.check();
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].line, 5);
    }
};

QTEST_GUILESS_MAIN(TestSendmailMc)
#include "tst_sendmailmc.moc"
