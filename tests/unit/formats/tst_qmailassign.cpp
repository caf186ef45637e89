// QmailAssign: users/assign fields, the final ".", errors and edits.
#include "qmail/qmailassign.h"

#include <QFile>
#include <QTest>

using namespace Mailwarden;

namespace {

QByteArray dataFile(const char *name)
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/formats/qmail/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestQmailAssign : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lab-file") << dataFile("assign");
        QTest::newRow("no-terminator") << QByteArray("=joe:joe:1:1:/home/joe:::\n");
        QTest::newRow("crlf-no-final-newline") << QByteArray("=joe:joe:1:1:/home/joe:::\r\n.");
        QTest::newRow("text-after-terminator") << QByteArray(".\n# anything\n\n");
        QTest::newRow("non-utf8") << QByteArray("=j\xf6rg:joerg:1:1:/home/j\xf6rg:::\n.\n");
    }

    void roundTrip()
    {
        QFETCH(QByteArray, bytes);
        const auto assign = QmailAssign::parse(bytes);
        QVERIFY2(assign, assign ? "" : qPrintable(assign.error().toString()));
        QCOMPARE(assign->toBytes(), bytes);
    }

    void reject_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("comment") << QByteArray("=a:a:1:1:/a:::\n# no comments\n.\n") << 2 << 1;
        QTest::newRow("blank-line") << QByteArray("\n=a:a:1:1:/a:::\n.\n") << 1 << 1;
        QTest::newRow("too-few-fields") << QByteArray("=a:a:1:1:/a::\n.\n") << 1 << 14;
        QTest::newRow("no-final-colon") << QByteArray("+a-:a:1:1:/a:-::x\n.\n") << 1 << 18;
    }

    void reject()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto assign = QmailAssign::parse(bytes, QStringLiteral("assign"));
        QVERIFY(!assign);
        QCOMPARE(assign.error().line, line);
        QCOMPARE(assign.error().column, column);
    }

    void entries()
    {
        const auto assign = QmailAssign::parse(dataFile("assign"));
        const QList<QmailAssign::Entry> entries = assign->entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[1], (QmailAssign::Entry {'+', "joe-", "joe", "1001", "1001", "/home/joe", "-", "", 2}));
        QVERIFY(assign->hasTerminator());
        QCOMPARE(assign->check(), QList<Diagnostic>());
    }

    void edits()
    {
        auto assign = QmailAssign::parse(dataFile("assign"));
        QVERIFY(assign->addEntry({'=', "ann", "ann", "1002", "1002", "/home/ann", "", "", 0}));
        QVERIFY(!assign->addEntry({'=', "joe", "x", "1", "1", "/x", "", "", 0}));
        QVERIFY(!assign->addEntry({'=', "b:c", "x", "1", "1", "/x", "", "", 0}));
        QVERIFY(assign->setEntry({'+', "joe-", "joe", "1001", "100", "/home/joe", "-", "", 0}));
        QVERIFY(assign->removeEntry('=', "joe"));
        QCOMPARE(assign->toBytes(),
            QByteArray("+joe-:joe:1001:100:/home/joe:-::\n+:alias:7790:2108:/var/qmail/alias:-::\n"
                       "=ann:ann:1002:1002:/home/ann:::\n.\n"));
        auto bare = QmailAssign::parse(QByteArray("=a:a:1:1:/a:::"));
        QVERIFY(bare->addEntry({'=', "b", "b", "2", "2", "/b", "", "", 0}));
        QCOMPARE(bare->toBytes(), QByteArray("=a:a:1:1:/a:::\n=b:b:2:2:/b:::\n.\n"));
    }

    void warnings()
    {
        const auto assign = QmailAssign::parse(QByteArray("=a:a:x:1:/a:::\n=a:a:1:1:home:::\n"));
        const QList<Diagnostic> diagnostics = assign->check();
        QCOMPARE(diagnostics.size(), 4); // uid, duplicate, relative home, no "."
        QCOMPARE(diagnostics.last().line, 2);
    }
};

QTEST_GUILESS_MAIN(TestQmailAssign)
#include "tst_qmailassign.moc"
