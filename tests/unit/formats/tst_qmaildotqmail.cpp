// QmailDotQmail: the five kinds of delivery lines and the man page's WRONG forwards.
#include "qmail/qmaildotqmail.h"

#include <QFile>
#include <QTest>

using namespace Mailwarden;

namespace {

QByteArray dataFile(const char *name)
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/formats/qmail/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

using Kind = QmailDotQmail::Kind;

} // namespace

class TestQmailDotQmail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lab-file") << dataFile("dot-qmail");
        QTest::newRow("crlf-no-final-newline") << QByteArray("|true\r\n./Mailbox");
        QTest::newRow("blank-lines-inside") << QByteArray("./Maildir/\n\n\n&a@b.example\n");
        QTest::newRow("non-utf8") << QByteArray("/home/j\xf6rg/Mailbox\n");
        QTest::newRow("empty") << QByteArray();
    }

    void roundTrip()
    {
        QFETCH(QByteArray, bytes);
        const auto dot = QmailDotQmail::parse(bytes);
        QVERIFY2(dot, dot ? "" : qPrintable(dot.error().toString()));
        QCOMPARE(dot->toBytes(), bytes);
    }

    void wrongForwards_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("unqualified-domain") << QByteArray("&me@new") << 5;
        QTest::newRow("angle-brackets") << QByteArray("&<me@new.job.com>") << 2;
        QTest::newRow("space-after-ampersand") << QByteArray("& me@new.job.com") << 2;
        QTest::newRow("trailing-comment") << QByteArray("&me@new.job.com (New Address)") << 16;
        QTest::newRow("bare-with-comment") << QByteArray("me@new.job.com (x)") << 15;
        QTest::newRow("leading-blank") << QByteArray(" ./Maildir/") << 1;
        QTest::newRow("empty-program") << QByteArray("| ") << 2;
    }

    void wrongForwards()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, column);
        const auto dot = QmailDotQmail::parse(QByteArray("# ok\n" + line + '\n'), QStringLiteral(".qmail"));
        QVERIFY(!dot);
        QCOMPARE(dot.error().line, 2);
        QCOMPARE(dot.error().column, column);
    }

    void deliveries()
    {
        const auto dot = QmailDotQmail::parse(dataFile("dot-qmail"));
        const QList<QmailDotQmail::Delivery> list = dot->deliveries();
        QCOMPARE(list.size(), 6);
        QCOMPARE(list[1].kind, Kind::Maildir);
        QCOMPARE(list[2].kind, Kind::Mbox);
        QCOMPARE(
            list[3], (QmailDotQmail::Delivery {Kind::Program, "|/usr/bin/procmail -t", "/usr/bin/procmail -t", 4}));
        QCOMPARE(list[4].target, QByteArray("joe@elsewhere.example.org"));
        QCOMPARE(list[5], (QmailDotQmail::Delivery {Kind::Forward, "bob@example.net", "bob@example.net", 6}));
        QCOMPARE(dot->check(), QList<Diagnostic>());
    }

    void edits()
    {
        auto dot = QmailDotQmail::parse(dataFile("dot-qmail"));
        QVERIFY(dot->addDelivery("&copy@example.com"));
        QVERIFY(!dot->addDelivery("&copy@example"));
        QVERIFY(dot->setDelivery("/var/mail/joe", "./Mailbox"));
        QVERIFY(dot->removeDelivery("bob@example.net"));
        QCOMPARE(dot->toBytes(),
            QByteArray("# deliver a copy and forward\n./Maildir/\n./Mailbox\n|/usr/bin/procmail -t\n"
                       "&joe@elsewhere.example.org\n&copy@example.com\n"));
    }

    void warnings()
    {
        const auto dot = QmailDotQmail::parse(QByteArray("\n&root\n./Maildir/\n./Maildir/\n"));
        const QList<Diagnostic> diagnostics = dot->check();
        QCOMPARE(diagnostics.size(), 3); // blank first line, unqualified, delivered twice
        QCOMPARE(diagnostics[2].line, 4);
    }
};

QTEST_GUILESS_MAIN(TestQmailDotQmail)
#include "tst_qmaildotqmail.moc"
