// SendmailAccess: byte round trip, makemap's parse errors, edits that touch one
// line in the file's own column style, and the semantic warnings.
#include "sendmail/sendmailaccess.h"

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

SendmailAccess parsed(const QByteArray &bytes)
{
    return MW_PARSED_OR_FAIL(SendmailAccess::parse(bytes, QStringLiteral("access")));
}

} // namespace

class TestSendmailAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("lab-file") << dataFile("access");
        QTest::newRow("crlf") << QByteArray("# c\r\nConnect:10.1\tRELAY\r\nFrom:a@b.example\tREJECT\r\n");
        QTest::newRow("no-final-newline") << QByteArray("Connect:10.1\tRELAY");
        QTest::newRow("trailing-blanks") << QByteArray("To:x.example   OK \t\n   \n");
        QTest::newRow("non-utf8") << QByteArray("From:\xff\xfe@example.com\tERROR:\"550 \xe9t\xe9\"\n");
        QTest::newRow("blank-lines-only") << QByteArray("\n\n \t\n");
        QTest::newRow("indented-comment") << QByteArray("  # not an entry\nConnect:1.2.3.4 OK\n");
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
        QTest::newRow("leading-space") << QByteArray("# x\n Connect:1.2.3.4 OK\n") << 2 << 1;
        QTest::newRow("key-without-action") << QByteArray("OK:a\tOK\nConnect:1.2.3.4   \n") << 2 << 16;
    }

    void reject()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto access = SendmailAccess::parse(bytes, QStringLiteral("access"));
        QVERIFY(!access);
        QCOMPARE(access.error().line, line);
        QCOMPARE(access.error().column, column);
        QVERIFY(access.error().toString().startsWith(QLatin1String("access:")));
    }

    void entries()
    {
        const QList<SendmailAccess::Entry> entries = parsed(dataFile("access")).entries();
        QCOMPARE(entries.size(), 14);
        QCOMPARE(entries[3], (SendmailAccess::Entry {"Connect", "IPv6:::1", "RELAY", 7}));
        QCOMPARE(entries[5].action, QByteArray("ERROR:\"550 We do not accept mail from spammers\""));
        QCOMPARE(entries[9].tag, QByteArray("GreetPause"));
        QCOMPARE(entries[10].target, QByteArray());
        QCOMPARE(entries[13].action, QByteArray("REJECT")); // trailing blanks are no part of the value
    }

    void edits_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QByteArray>("edit"); // "add KEY ACTION", "set KEY ACTION", "remove KEY"
        QTest::newRow("add-tab-aligned")
            << QByteArray("Connect:1.2\t\tRELAY\nConnect:10.20.30\tOK\n# end\n")
            << QByteArray("Connect:1.2\t\tRELAY\nConnect:10.20.30\tOK\nFrom:x.example\t\tREJECT\n# end\n")
            << QByteArray("add From:x.example REJECT");
        QTest::newRow("add-single-space") << QByteArray("a.example OK\nb.example RELAY\n")
                                          << QByteArray("a.example OK\nb.example RELAY\nConnect:192.0.2.1 REJECT\n")
                                          << QByteArray("add Connect:192.0.2.1 REJECT");
        QTest::newRow("add-no-final-newline")
            << QByteArray("a.example\tOK") << QByteArray("a.example\tOK\nb.example\tOK\n")
            << QByteArray("add b.example OK");
        QTest::newRow("add-crlf") << QByteArray("a.example\tOK\r\n") << QByteArray("a.example\tOK\r\nb.example\tOK\r\n")
                                  << QByteArray("add b.example OK");
        QTest::newRow("set-keeps-separator")
            << QByteArray("# c\r\nConnect:1.2\t\t\tRELAY\r\nTo:x\tOK\r\n")
            << QByteArray("# c\r\nConnect:1.2\t\t\tREJECT\r\nTo:x\tOK\r\n") << QByteArray("set connect:1.2 REJECT");
        QTest::newRow("remove-keeps-comments")
            << QByteArray("# a\nConnect:1.2\tRELAY\n# b\nTo:x\tOK\n") << QByteArray("# a\n# b\nTo:x\tOK\n")
            << QByteArray("remove Connect:1.2");
    }

    void edits()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QByteArray, edit);
        SendmailAccess access = parsed(before);
        const QList<QByteArray> words = edit.split(' ');
        if (words[0] == "add")
            QVERIFY(access.addEntry(words[1], words[2]));
        else if (words[0] == "set")
            QVERIFY(access.setAction(words[1], words[2]));
        else
            QVERIFY(access.removeEntry(words[1]));
        QCOMPARE(access.toBytes(), after);
        QVERIFY(SendmailAccess::parse(access.toBytes(), {}).has_value());
    }

    void refusedEdits()
    {
        SendmailAccess access = parsed("a.example\tOK\n");
        QVERIFY(!access.addEntry("a.example", "REJECT")); // duplicate
        QVERIFY(!access.addEntry("b example", "OK"));
        QVERIFY(!access.addEntry("b.example", "OK\nc.example OK"));
        QVERIFY(!access.setAction("missing.example", "OK"));
        QCOMPARE(access.toBytes(), QByteArray("a.example\tOK\n"));
    }

    void warnings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("contains");
        QTest::newRow("unknown-action") << QByteArray("Connect:1.2.3.4\tALLOW\n") << 1 << 17
                                        << QStringLiteral("unknown action");
        QTest::newRow("error-without-code")
            << QByteArray("From:a@b.example ERROR:go away\n") << 1 << 24 << QStringLiteral("reply code");
        QTest::newRow("duplicate-key") << QByteArray("To:x.example OK\nto:X.example REJECT\n") << 2 << 1
                                       << QStringLiteral("duplicate");
        QTest::newRow("bad-ip-prefix") << QByteArray("Connect:300.1\tREJECT\n") << 1 << 9
                                       << QStringLiteral("no address");
        QTest::newRow("greetpause-number")
            << QByteArray("GreetPause:1.2\tsoon\n") << 1 << 16 << QStringLiteral("number");
        QTest::newRow("unknown-tag") << QByteArray("Conect:1.2\tOK\n") << 1 << 1 << QStringLiteral("unknown tag");
    }

    void warnings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, contains);
        const QList<Diagnostic> diagnostics = parsed(bytes).check();
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].line, line);
        QCOMPARE(diagnostics[0].column, column);
        QVERIFY2(diagnostics[0].message.contains(contains), qPrintable(diagnostics[0].message));
    }

    void cleanFileHasNoWarnings() { QCOMPARE(parsed(dataFile("access")).check(), QList<Diagnostic>()); }

    // Every way cf/README writes an error reply: code, D.S.N: prefix, quoted text after either.
    void errorReplyForms()
    {
        const QByteArray forms = "From:a.example ERROR:550 go away\n"
                                 "From:b.example ERROR:\"550 go away\"\n"
                                 "From:c.example ERROR:5.7.1:550 go away\n"
                                 "From:d.example ERROR:5.7.1:\"550 go away\"\n"
                                 "From:e.example ERROR:4.7.1:\"451 try later\"\n";
        QCOMPARE(parsed(forms).check(), QList<Diagnostic>());
        QCOMPARE(parsed("From:f.example ERROR:5.7.1:\"go away\"\n").check().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSendmailAccess)
#include "tst_sendmailaccess.moc"
