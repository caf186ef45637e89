// ChangeSet's invariants and MtaEdits' refusals, without a host.
#include "mta/changeset.h"
#include "mta/mtaedits.h"

#include <QJsonDocument>
#include <QTest>

using namespace Mailwarden;

class TestChangeSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondChangeKeepsTheLoadedContent()
    {
        ChangeSet set(MtaKind::Postfix, QStringLiteral("two edits"));
        set.addFile({QStringLiteral("/etc/postfix/main.cf"), QStringLiteral("postfix-main"), {}, "a = 1\n", "a = 2\n"});
        set.addFile({QStringLiteral("/etc/postfix/main.cf"), QStringLiteral("postfix-main"), {}, "a = 2\n", "a = 3\n"});
        QCOMPARE(set.files().size(), 1);
        QCOMPARE(set.files().first().before, QByteArray("a = 1\n")); // the CAS checks what was loaded
        QCOMPARE(set.files().first().after, QByteArray("a = 3\n"));
        // back to the loaded content: nothing left to do
        set.addFile({QStringLiteral("/etc/postfix/main.cf"), QStringLiteral("postfix-main"), {}, "a = 3\n", "a = 1\n"});
        QVERIFY(set.isEmpty());
        set.addFile({QStringLiteral("/x"), {}, {}, "same", "same"});
        QVERIFY(set.isEmpty());
    }

    void previewAndUndo()
    {
        ChangeSet set(MtaKind::Postfix, QStringLiteral("vrfy"));
        set.addFile({QStringLiteral("/etc/postfix/main.cf"), QStringLiteral("postfix-main"), {},
            "a = 1\ndisable_vrfy_command = yes\n", "a = 1\ndisable_vrfy_command = no\n"});
        QCOMPARE(set.preview(),
            QByteArray("--- a/etc/postfix/main.cf\n+++ b/etc/postfix/main.cf\n@@ -1,2 +1,2 @@\n a = 1\n"
                       "-disable_vrfy_command = yes\n+disable_vrfy_command = no\n"));
        const ChangeSet undo = set.undo();
        QCOMPARE(undo.files().first().before, set.files().first().after);
        QCOMPARE(undo.files().first().after, set.files().first().before);
        QVERIFY(undo.description().contains(QLatin1String("vrfy")));
    }

    void validateNamesFileLineColumn()
    {
        ChangeSet set(MtaKind::Postfix, QStringLiteral("broken"));
        set.addFile({QStringLiteral("/etc/postfix/main.cf"), QStringLiteral("postfix-main"), {}, "a = 1\n",
            "a = 1\nnot a setting\n"});
        const auto error = set.validate();
        QVERIFY(error);
        QCOMPARE(error->file, QStringLiteral("/etc/postfix/main.cf"));
        QCOMPARE(error->line, 2);
        QCOMPARE(error->column, 4);
    }

    void jsonRoundTrip()
    {
        ChangeSet set(MtaKind::Sendmail, QStringLiteral("access"));
        set.addFile({QStringLiteral("/etc/mail/access"), QStringLiteral("sendmail-access"), QStringLiteral("hash"),
            "Connect:127 RELAY\n", QByteArray("Connect:127 RELAY\nFrom:x@example.org REJECT\n\xff\n")});
        const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(set.toJson()).toJson()).object();
        const auto back = ChangeSet::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->files(), set.files());
        QCOMPARE(back->mta(), MtaKind::Sendmail);
        QJsonObject bad = json;
        bad.insert(QStringLiteral("mta"), QStringLiteral("exim"));
        QVERIFY(!ChangeSet::fromJson(bad));
    }

    void hostileValuesRefused_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("newline-in-value") << QByteArray("x@example.org") << QByteArray("OK\nevil@example.org OK");
        QTest::newRow("cr-in-value") << QByteArray("x@example.org") << QByteArray("OK\rX");
        QTest::newRow("nul-in-key") << QByteArray("x\0y", 3) << QByteArray("OK");
        QTest::newRow("blank-in-key") << QByteArray("x y") << QByteArray("OK");
        QTest::newRow("empty-key") << QByteArray() << QByteArray("OK");
        QTest::newRow("comment-key") << QByteArray("#x@example.org") << QByteArray("OK");
        QTest::newRow("megabyte-key") << QByteArray(1 << 20, 'k') << QByteArray("OK");
    }
    void hostileValuesRefused()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        CatalogueEntry table;
        table.path = QStringLiteral("/etc/postfix/sender_access");
        table.formatType = QStringLiteral("postfix-table");
        table.mapType = QStringLiteral("hash");
        QVERIFY(!MtaEdits::setTableEntry(table, "a OK\n", key, value));
        QVERIFY(!MtaEdits::setPostfixParameter(QStringLiteral("/m"), "a = 1\n", "myhostname", value + "\n"));
    }

    void shellMetacharactersStayLiteral()
    {
        CatalogueEntry table;
        table.path = QStringLiteral("/etc/postfix/sender_access");
        table.formatType = QStringLiteral("postfix-table");
        const auto change = MtaEdits::setTableEntry(table, "a OK\n", "$(reboot)@example.org", "REJECT `id`; rm -rf /");
        QVERIFY(change);
        QCOMPARE(change->after, QByteArray("a OK\n$(reboot)@example.org REJECT `id`; rm -rf /\n"));
    }

    // aliases(5) through the same call as the other tables: the value is the
    // recipient list; a second set replaces it, a remove takes the line out.
    void aliasesEdited()
    {
        CatalogueEntry table;
        table.path = QStringLiteral("/etc/aliases");
        table.formatType = QStringLiteral("aliases");
        table.mapType = QStringLiteral("hash");
        const QByteArray content = "# aliases\npostmaster: root\n";
        const auto add = MtaEdits::setTableEntry(table, content, "sales", "alice,  bob@example.org");
        QVERIFY2(add, qPrintable(add ? QString() : add.error()));
        QCOMPARE(add->after, QByteArray("# aliases\npostmaster: root\nsales: alice, bob@example.org\n"));
        QCOMPARE(add->mapType, QStringLiteral("hash"));
        const auto set = MtaEdits::setTableEntry(table, add->after, "sales", "carol");
        QVERIFY(set);
        QCOMPARE(set->after, QByteArray("# aliases\npostmaster: root\nsales: carol\n"));
        const auto remove = MtaEdits::removeTableEntry(table, add->after, "sales");
        QVERIFY(remove);
        QCOMPARE(remove->after, content);
        QVERIFY(!MtaEdits::removeTableEntry(table, content, "sales"));
        QVERIFY(!MtaEdits::setTableEntry(table, content, "sales", "\"|unclosed"));
        QVERIFY(!MtaEdits::setTableEntry(table, content, "sales", " , "));
        QVERIFY(!MtaEdits::setTableEntry(table, content, "sales", "alice\nroot: |/bin/sh"));
    }

    void readOnlyAndOtherFormatsRefused()
    {
        CatalogueEntry database;
        database.path = QStringLiteral("/etc/postfix/mysql.cf");
        database.readOnly = true;
        database.formatType = QStringLiteral("postfix-table");
        QVERIFY(!MtaEdits::setTableEntry(database, {}, "k", "v"));
        CatalogueEntry regexp;
        regexp.path = QStringLiteral("/etc/postfix/header_checks");
        regexp.formatType = QStringLiteral("postfix-regexp");
        QVERIFY(!MtaEdits::setTableEntry(regexp, {}, "k", "v"));
    }
};

QTEST_GUILESS_MAIN(TestChangeSet)
#include "tst_changeset.moc"
