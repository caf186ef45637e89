// The one quoting function, table-driven, and checked against a real
// /bin/sh: what the shell hands to the program is what went in.
#include "remote/shellquote.h"

#include <QProcess>
#include <QTest>

using namespace Mailwarden;

class TestShellQuote : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quote_data()
    {
        QTest::addColumn<QByteArray>("argument");
        QTest::addColumn<QByteArray>("quoted");
        QTest::newRow("plain-word") << QByteArray("postconf") << QByteArray("postconf");
        QTest::newRow("path-and-options") << QByteArray("/etc/postfix/main.cf") << QByteArray("/etc/postfix/main.cf");
        QTest::newRow("empty") << QByteArray() << QByteArray("''");
        QTest::newRow("space") << QByteArray("a b") << QByteArray("'a b'");
        QTest::newRow("apostrophe") << QByteArray("it's") << QByteArray("'it'\\''s'");
        QTest::newRow("only-apostrophe") << QByteArray("'") << QByteArray("''\\'''");
        QTest::newRow("dollar-paren") << QByteArray("$(id)") << QByteArray("'$(id)'");
        QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("'a\\b'");
        QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("'a\nb'");
        QTest::newRow("leading-equals") << QByteArray("=x") << QByteArray("'=x'");
        QTest::newRow("assignment") << QByteArray("A=b") << QByteArray("'A=b'");
        QTest::newRow("option-with-value") << QByteArray("--mta=postfix") << QByteArray("'--mta=postfix'");
        QTest::newRow("tilde") << QByteArray("~root") << QByteArray("'~root'");
        QTest::newRow("glob") << QByteArray("*.cf") << QByteArray("'*.cf'");
        QTest::newRow("non-ascii") << QByteArray("Grüße") << QByteArray("'Grüße'");
    }
    void quote()
    {
        QFETCH(QByteArray, argument);
        QFETCH(QByteArray, quoted);
        QCOMPARE(shellQuote(argument), quoted);
    }

    void joinSeparatesWords()
    {
        QCOMPARE(shellJoin({"printf", "%s\\n", "a b", ""}), QByteArray("printf '%s\\n' 'a b' ''"));
    }

    // "A=b true" would set A and run true; argv {"A=b", "true"} is the
    // program "A=b", which does not exist (127).
    void firstWordIsACommandNotAnAssignment()
    {
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(shellJoin({"A=b", "true"}))});
        QVERIFY(sh.waitForFinished());
        QCOMPARE(sh.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sh.exitCode(), 127);
    }

    // Every byte 1-255, through a real sh -c.
    void roundTripsThroughSh()
    {
        QByteArrayList argv {"printf", "%s\\0"};
        QByteArray all;
        for (int byte = 1; byte <= 255; ++byte) {
            argv << QByteArray(1, char(byte)) << QByteArray("x") + char(byte) + "'y";
            all += char(byte);
        }
        argv << all;
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-s")});
        QVERIFY(sh.waitForStarted());
        sh.write(shellJoin(argv) + '\n');
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished());
        QByteArray expected;
        for (qsizetype i = 2; i < argv.size(); ++i)
            expected += argv[i] + '\0';
        QCOMPARE(sh.readAllStandardOutput(), expected);
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
