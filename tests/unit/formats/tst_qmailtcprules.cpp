// QmailTcpRules: address ranges, any quote character, errors at the column
// tcprules would refuse, edits of one rule or one variable.
#include "qmail/qmailtcprules.h"

#include "testsupport.h"
#include <QFile>

#include <QTest>

using namespace Mailwarden;

namespace {

QByteArray dataFile(const char *name)
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/formats/qmail/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QmailTcpRules parsed(const QByteArray &bytes)
{
    return MW_PARSED_OR_FAIL(QmailTcpRules::parse(bytes, QStringLiteral("tcp.smtp")));
}

using Instruction = QmailTcpRules::Instruction;

} // namespace

class TestQmailTcpRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lab-file") << dataFile("tcp.smtp");
        QTest::newRow("crlf-comment-no-final-newline") << QByteArray("# c\r\n127.:allow\n:deny");
        // tcprules drops trailing blanks; a comment line may end in CR LF
        QTest::newRow("trailing-blanks") << QByteArray("127.:allow \t\n1.2.:allow,X=\"a\"  \n");
        QTest::newRow("empty-variable-name") << QByteArray("127.:allow,=\"a\"\n");
        QTest::newRow("comma-inside-quotes") << QByteArray("1.2.3.4:allow,GREETING=\"hi, there\",X=//\n");
        QTest::newRow("non-utf8") << QByteArray("1.2.3.4:allow,NAME=\"\xe9\xff\"\n");
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
        // Every row is a line the real tcprules refuses ("unable to parse this line"),
        // checked against ucspi-tcp 0.88 on the lab's qmail host.
        QTest::newRow("crlf-rule") << QByteArray("127.:allow\r\n:deny") << 1 << 11;
        QTest::newRow("not-allow-or-deny") << QByteArray("1.2.3.4:permit\n") << 1 << 9;
        QTest::newRow("allow-glued") << QByteArray("1.2.3.4:allowed\n") << 1 << 9;
        QTest::newRow("no-instructions") << QByteArray("1.2.3.4:\n") << 1 << 9;
        QTest::newRow("blank-before-comma") << QByteArray("1.2.3.4:allow ,X=\"a\"\n") << 1 << 9;
        QTest::newRow("variable-first") << QByteArray("1.2.3.:RELAYCLIENT=\"\"\n") << 1 << 8;
        QTest::newRow("variable-without-value") << QByteArray(":allow,FOO\n") << 1 << 8;
        QTest::newRow("trailing-comma") << QByteArray("1.2.3.4:allow,X=\"a\",\n") << 1 << 21;
        QTest::newRow("blank-instead-of-comma") << QByteArray("x:allow X=\"y\"\n") << 1 << 3;
        QTest::newRow("unterminated-quote") << QByteArray("10.:allow,RELAYCLIENT=\"x\n") << 1 << 23;
        QTest::newRow("text-after-value") << QByteArray("10.:allow,A=\"x\"y\n") << 1 << 16;
        QTest::newRow("equals-at-end") << QByteArray("10.:allow,A=\n") << 1 << 13;
    }

    void reject()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto rules = QmailTcpRules::parse(bytes, QStringLiteral("tcp.smtp"));
        QVERIFY(!rules);
        QCOMPARE(rules.error().line, line);
        QCOMPARE(rules.error().column, column);
    }

    void rules()
    {
        const QList<QmailTcpRules::Rule> rules = parsed(dataFile("tcp.smtp")).rules();
        QCOMPARE(rules.size(), 6);
        QCOMPARE(rules[1].address, QByteArray("10.0.0.1-99"));
        QCOMPARE(rules[2].instructions, (QList<Instruction> {{"allow", {}, 0}, {"RBLSMTPD", "-Go away", '/'}}));
        QCOMPARE(rules[4].instructions[1], (Instruction {"RELAYCLIENT", "@fix.me", '"'}));
        QCOMPARE(rules[5].address, QByteArray());
        QCOMPARE(rules[5].line, 8);
        QCOMPARE(parsed(dataFile("tcp.smtp")).check(), QList<Diagnostic>());
    }

    void edits()
    {
        QmailTcpRules rules = parsed(dataFile("tcp.smtp"));
        QVERIFY(rules.addRule("203.0.113.", "deny"));
        QVERIFY(!rules.addRule("127.", "allow"));
        QVERIFY(!rules.addRule("1.2.3.4", "allow,X=\"open"));
        QVERIFY(rules.setVariable("192.0.2.", "RBLSMTPD", "-Really go away"));
        QVERIFY(rules.setVariable("127.", "RELAYCLIENT", "say \"hi\""));
        QVERIFY(rules.removeVariable("10.0.0.1-99", "RBLSMTPD"));
        QVERIFY(rules.removeRule("=.example.com"));
        QCOMPARE(rules.toBytes(),
            QByteArray(
                "# tcp.smtp for the lab host\n127.:allow,RELAYCLIENT='say \"hi\"'\n10.0.0.1-99:allow,RELAYCLIENT=\"\"\n"
                "192.0.2.:allow,RBLSMTPD=/-Really go away/\njoe@198.51.100.7:allow,RELAYCLIENT=\"@fix.me\"\n"
                "203.0.113.:deny\n\n:allow\n"));
    }

    void warnings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("bad-range") << QByteArray("1.2.3.53-37:deny\n") << 1;
        QTest::newRow("bad-octet") << QByteArray("1.2.300.:deny\n") << 1;
        QTest::newRow("duplicate") << QByteArray("1.2.3.:allow\n:deny\n1.2.3.:deny\n") << 3;
        QTest::newRow("skipped-line") << QByteArray("# c\n127.0.0.1 allow\n:deny\n") << 2;
        QTest::newRow("empty-variable-name") << QByteArray("127.:allow,=\"a\"\n") << 1;
    }

    void warnings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        const QList<Diagnostic> diagnostics = parsed(bytes).check();
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].line, line);
    }
};

QTEST_GUILESS_MAIN(TestQmailTcpRules)
#include "tst_qmailtcprules.moc"
