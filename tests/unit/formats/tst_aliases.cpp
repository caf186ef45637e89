// AliasesFile: quoted names and commands, continuation, errors, edits.
#include "formats/aliasesfile.h"

#include <QTest>

using namespace Mailwarden;

class TestAliases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("errorLine"); // 0: accepted
        QTest::newRow("command-with-comma") << QByteArray("a: \"|cmd with, comma\", b\n") << 0;
        QTest::newRow("continuation-after-comment") << QByteArray("a: b,\n# x\n  c\n") << 0;
        QTest::newRow("quoted-name") << QByteArray("\"a b\": c\n") << 0;
        QTest::newRow("crlf-no-final-newline") << QByteArray("a: b\r\nc: d") << 0;
        QTest::newRow("missing-colon") << QByteArray("a: b\nc d\n") << 2;
        QTest::newRow("unbalanced-quote") << QByteArray("a: \"|cmd\n") << 1;
    }
    void parse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, errorLine);
        const auto file = AliasesFile::parse(bytes, QStringLiteral("aliases"));
        QCOMPARE(bool(file), errorLine == 0);
        if (file)
            QCOMPARE(file->toBytes(), bytes);
        else
            QCOMPARE(file.error().line, errorLine);
    }

    void decode()
    {
        const auto file = AliasesFile::parse(
            "a: \"|cmd x, y\", :include:/etc/l,\n  /var/f, b@example.com\n", QStringLiteral("aliases"));
        QVERIFY(file);
        const AliasEntry e = *file->find("A");
        QCOMPARE(e.recipients.size(), 4);
        QCOMPARE(AliasesFile::recipientType(e.recipients[0]), AliasesFile::RecipientType::Program);
        QCOMPARE(AliasesFile::recipientType(e.recipients[1]), AliasesFile::RecipientType::Include);
        QCOMPARE(AliasesFile::recipientType(e.recipients[2]), AliasesFile::RecipientType::File);
        QCOMPARE(AliasesFile::recipientType(e.recipients[3]), AliasesFile::RecipientType::Address);
    }

    void edits()
    {
        auto file = AliasesFile::parse("# c\nroot:\tadmin\npostmaster:\troot\n", QStringLiteral("aliases"));
        QVERIFY(file);
        QVERIFY(file->addRecipient("root", "bob"));
        QVERIFY(file->addAlias("abuse", {"root"}));
        QVERIFY(file->removeAlias("postmaster"));
        QCOMPARE(file->toBytes(), QByteArray("# c\nroot:\tadmin, bob\nabuse:\troot\n"));
        QVERIFY(!file->addAlias("ROOT", {"x"}));
        QVERIFY(file->check().isEmpty());
    }

    // A name with RFC 822 specials is quoted: postalias and sendmail would read
    // "(…)" as a comment and store another name. It reads back as given.
    void addQuotesSpecials_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("plain") << QByteArray("first.last-1") << QByteArray("first.last-1: x\n");
        QTest::newRow("comment") << QByteArray("a$(id)b") << QByteArray("\"a$(id)b\": x\n");
        QTest::newRow("angle-at") << QByteArray("a<b>@c") << QByteArray("\"a<b>@c\": x\n");
        QTest::newRow("semicolon") << QByteArray("q;r") << QByteArray("\"q;r\": x\n");
        QTest::newRow("backslash-quote") << QByteArray("a\\\"b") << QByteArray("\"a\\\\\\\"b\": x\n");
    }
    void addQuotesSpecials()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, line);
        auto file = AliasesFile::parse({}, QStringLiteral("aliases"));
        QVERIFY(file);
        QVERIFY(file->addAlias(name, {"x"}));
        QCOMPARE(file->toBytes(), line);
        auto back = AliasesFile::parse(file->toBytes(), QStringLiteral("aliases"));
        QVERIFY(back);
        QVERIFY(back->find(name));
        QCOMPARE(back->aliases().value(0).name, name);
    }
};

QTEST_GUILESS_MAIN(TestAliases)
#include "tst_aliases.moc"
