// PostfixMasterCf: postconf's field errors, -o spellings, commented-out services, edits.
#include "postfix/postfixmastercf.h"

#include <QTest>

using namespace Mailwarden;

class TestPostfixMasterCf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("column");
        QTest::newRow("bad-type") << QByteArray("bar xxxx - n n - 0 other\n") << 5;
        QTest::newRow("bad-private") << QByteArray("bar inet X n n - 0 other\n") << 10;
        QTest::newRow("bad-wakeup") << QByteArray("bar inet - n n X? 0 other\n") << 16;
        QTest::newRow("bad-maxproc") << QByteArray("bar inet - n n - X other\n") << 18;
        QTest::newRow("text-after-brace") << QByteArray("bar inet - n n - 0 other { a }x\n") << 31;
        QTest::newRow("missing-fields") << QByteArray("bar inet - n\n") << 13;
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, column);
        const auto cf = PostfixMasterCf::parse(bytes, QStringLiteral("master.cf"));
        QVERIFY(!cf);
        QCOMPARE(cf.error().line, 1);
        QCOMPARE(cf.error().column, column);
    }

    void services()
    {
        const QByteArray bytes = "smtp inet n - y - - smtpd\n"
                                 "  -o a=1 -ob=2\n"
                                 "  -o { c = x y }\n"
                                 "#submission inet n - y - - smtpd\n"
                                 "#  -o syslog_name=postfix/submission\n";
        const auto cf = PostfixMasterCf::parse(bytes, QStringLiteral("m"));
        QVERIFY(cf);
        QCOMPARE(cf->toBytes(), bytes);
        const auto all = cf->services();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].options, (QList<std::pair<QByteArray, QByteArray>> {{"a", "1"}, {"b", "2"}, {"c", "x y"}}));
        QVERIFY(!all[1].enabled);
        QCOMPARE(all[1].options.value(0).second, QByteArray("postfix/submission"));
    }

    void edits()
    {
        auto cf = PostfixMasterCf::parse("smtp      inet  n       -       y       -       -       smtpd\n"
                                         "  -o a=1\n# tail\n",
            QStringLiteral("m"));
        QVERIFY(cf);
        QVERIFY(cf->setOption("smtp", "inet", "a", "2"));
        QVERIFY(cf->setOption("smtp", "inet", "b", "3"));
        QVERIFY(cf->setField("smtp", "inet", PostfixMasterCf::Field::MaxProc, "10"));
        QCOMPARE(cf->toBytes(),
            QByteArray("smtp      inet  n       -       y       -       10      smtpd\n"
                       "  -o a=2\n  -o b=3\n# tail\n"));
        QVERIFY(cf->setEnabled("smtp", "inet", false));
        QVERIFY(cf->toBytes().startsWith("#smtp      inet"));
        QVERIFY(cf->setEnabled("smtp", "inet", true));
        QVERIFY(cf->toBytes().startsWith("smtp      inet"));
        QVERIFY(cf->removeOption("smtp", "inet", "b"));
        QCOMPARE(cf->service("smtp", "inet")->options.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPostfixMasterCf)
#include "tst_postfixmastercf.moc"
