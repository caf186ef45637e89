// PostfixMainCf: byte round trip of the nasty cases, errors with positions, edits
// that touch only their own lines.
#include "postfix/postfixmaincf.h"

#include <QTest>

using namespace Mailwarden;

class TestPostfixMainCf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no-final-newline") << QByteArray("a = b");
        QTest::newRow("crlf") << QByteArray("a = b\r\n  c\r\n");
        QTest::newRow("continuation-after-empty-first-line") << QByteArray("a =\n    b,\n    c\n");
        QTest::newRow("continuation-after-comment") << QByteArray("a = b\n    # note\n    c\nd = e\n");
        QTest::newRow("trailing-spaces-and-tabs") << QByteArray("a\t=  b  \t\n\n");
        QTest::newRow("non-utf8") << QByteArray("a = \xff\xfe\n");
        QTest::newRow("macros") << QByteArray("a = ${b?{x}} ${c:y} $(d) $e\n");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, bytes);
        const auto cf = PostfixMainCf::parse(bytes, QStringLiteral("main.cf"));
        QVERIFY2(cf, cf ? "" : qPrintable(cf.error().toString()));
        QCOMPARE(cf->toBytes(), bytes);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("text-after-brace") << QByteArray("x = y\na = {b}c\n") << 2 << 8;
        QTest::newRow("unbalanced-brace") << QByteArray("a = b\n  {c\n") << 2 << 3;
        // postconf: "missing '=' after attribute name" — it stops there, so do we
        QTest::newRow("missing-equals") << QByteArray("myhostname = a\nbogus line\n") << 2 << 6;
        QTest::newRow("name-only") << QByteArray("a\n") << 1 << 2;
        QTest::newRow("no-name") << QByteArray("= x\n") << 1 << 1;
        QTest::newRow("elided") << QByteArray("a = b\n...\n") << 2 << 4;
        QTest::newRow("after-continuation") << QByteArray("a = b\n  c\nd\n") << 3 << 2;
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto cf = PostfixMainCf::parse(bytes, QStringLiteral("main.cf"));
        QVERIFY(!cf);
        QCOMPARE(cf.error().line, line);
        QCOMPARE(cf.error().column, column);
    }

    void values()
    {
        const auto cf = PostfixMainCf::parse("a = x\n  # c\n  y\nb = ${a?{1}} $c\n", QStringLiteral("m"));
        QVERIFY(cf);
        QCOMPARE(cf->value("a"), QByteArray("x y"));
        QCOMPARE(cf->parameter("b")->references, (QList<QByteArray> {"a", "c"}));
        QCOMPARE(PostfixMainCf::splitList("a, b c,{ d e },${x?{y z}}"),
            (QList<QByteArray> {"a", "b", "c", "{ d e }", "${x?{y z}}"}));
    }

    void edits()
    {
        const QByteArray before = "# head\nmyhostname    = old\nmydomain      = example.com\n";
        auto cf = PostfixMainCf::parse(before, QStringLiteral("m"));
        QVERIFY(cf);
        cf->setParameter("myhostname", "new.example.com");
        QCOMPARE(cf->toBytes(), QByteArray("# head\nmyhostname    = new.example.com\nmydomain      = example.com\n"));
        cf->setParameter("relayhost", "[relay]:587");
        QVERIFY(cf->toBytes().endsWith("relayhost     = [relay]:587\n")); // aligned like its neighbours
        QVERIFY(cf->removeParameter("mydomain"));
        QVERIFY(!cf->toBytes().contains("mydomain"));
    }

    void checks()
    {
        const auto cf
            = PostfixMainCf::parse("myhostname = a\nmyhostname = b\nbogus_parameter = 1\n", QStringLiteral("m"));
        QVERIFY(cf);
        const QList<Diagnostic> d = cf->check();
        QCOMPARE(d.size(), 2);
        QCOMPARE(d[0].line, 2);
        QCOMPARE(d[1].line, 3);
        QVERIFY(PostfixMainCf::isKnownParameter("smtpd_tls_chain_files"));
        QVERIFY(PostfixMainCf::isKnownParameter("dovecot_destination_recipient_limit"));
    }
};

QTEST_GUILESS_MAIN(TestPostfixMainCf)
#include "tst_postfixmaincf.moc"
