// PostfixTable and PostfixRegexpTable: quoted keys, cidr checks, '#' in patterns, if/endif, edits.
#include "postfix/postfixregexptable.h"
#include "postfix/postfixtable.h"

#include <QTest>

using namespace Mailwarden;

class TestPostfixTables : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void table()
    {
        const QByteArray bytes = "# c\n\"aa bb\" cc\n\"dd ee ff\nuser@example.com\tOK\nx\n  continued\n";
        auto t = PostfixTable::parse(bytes, QStringLiteral("access"));
        QVERIFY(t);
        QCOMPARE(t->toBytes(), bytes);
        QCOMPARE(t->find("aa bb")->value, QByteArray("cc"));
        QCOMPARE(t->find("x")->value, QByteArray("continued"));
        const QList<Diagnostic> d = t->check();
        QCOMPARE(d.size(), 1); // unbalanced quote: postmap takes "\"dd" as the key
        QVERIFY(t->setValue("user@example.com", "REJECT"));
        QVERIFY(t->toBytes().contains("user@example.com\tREJECT\n"));
        QVERIFY(t->addEntry("new key", "OK"));
        QVERIFY(t->toBytes().contains("\"new key\""));
    }

    void cidr()
    {
        const auto t = PostfixTable::parse(
            "1.2.3.0/24 OK\n1.2.3.0/33 OK\n[2001:db8::]/32 OK\nfoo OK\n", QStringLiteral("x.cidr"));
        QVERIFY(t);
        QCOMPARE(t->check().size(), 2);
    }

    void regexp_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::newRow("hash-in-pattern") << QByteArray("/^Subject: #1/ REJECT\n") << true;
        QTest::newRow("if-endif") << QByteArray("if /a/\n/b/i DISCARD\nendif\n") << true;
        QTest::newRow("negated-and-two-patterns") << QByteArray("!/a/ OK\n/a/!/b/ OK\n") << true;
        QTest::newRow("other-delimiter") << QByteArray("|a/b| OK\n") << true;
        QTest::newRow("unterminated-pattern") << QByteArray("/abc REJECT\n") << false;
        QTest::newRow("unknown-flag") << QByteArray("/abc/q REJECT\n") << false;
        QTest::newRow("no-pattern") << QByteArray("abc REJECT\n") << false;
    }
    void regexp()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        const auto t = PostfixRegexpTable::parse(bytes, QStringLiteral("header_checks"));
        QCOMPARE(bool(t), ok);
        if (ok)
            QCOMPARE(t->toBytes(), bytes);
        else
            QCOMPARE(t.error().line, 1);
    }

    void regexpEdits()
    {
        auto t = PostfixRegexpTable::parse("/^X-a:/   IGNORE\n", QStringLiteral("h"));
        QVERIFY(t);
        t->appendRule("^X-b/c:", "i", "IGNORE");
        QCOMPARE(t->toBytes(), QByteArray("/^X-a:/   IGNORE\n/^X-b\\/c:/i   IGNORE\n")); // the file's separator
        QVERIFY(t->setAction(0, "REJECT"));
        QVERIFY(t->toBytes().startsWith("/^X-a:/   REJECT\n"));
        QCOMPARE(PostfixRegexpTable::parse("endif\n", QStringLiteral("h"))->check().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPostfixTables)
#include "tst_postfixtables.moc"
