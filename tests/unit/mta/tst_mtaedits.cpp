// MtaEdits' ordered-table primitives (add at a position, move with the row's
// comments), qmail's control files, and ChangeSet's created and removed files,
// without a host.
#include "mta/changeset.h"
#include "mta/mtaedits.h"
#include "mta/tabledocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Mailwarden;

Q_DECLARE_METATYPE(RowPosition)

namespace {

CatalogueEntry table(const QString &path, const QString &format)
{
    CatalogueEntry e;
    e.path = path;
    e.formatType = format;
    return e;
}

RowPosition before(const QByteArray &key)
{
    return {RowPosition::Where::Before, key};
}
RowPosition after(const QByteArray &key)
{
    return {RowPosition::Where::After, key};
}
const RowPosition first {RowPosition::Where::First, {}};
const RowPosition last {RowPosition::Where::Last, {}};

QByteArrayList sortedLines(const QByteArray &text)
{
    QByteArrayList lines = text.split('\n');
    std::sort(lines.begin(), lines.end());
    return lines;
}

const QByteArray kAccess = "# header of the file\n"
                           "\n"
                           "# friends\n"
                           "friend@example.org OK\n"
                           "# spammers are refused\n"
                           "# (two comment lines)\n"
                           "spam@example.org   REJECT\n"
                           "other@example.org DISCARD\n"
                           "# footer\n";

} // namespace

class TestMtaEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void moveKeepsCommentsAndBytes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<RowPosition>("position");
        QTest::addColumn<QByteArray>("expected");
        const QString access = QStringLiteral("/etc/postfix/sender_access");
        const QString table = QStringLiteral("postfix-table");
        QTest::newRow("before-takes-both-comment-blocks")
            << access << table << kAccess << QByteArray("spam@example.org") << before("friend@example.org")
            << QByteArray("# header of the file\n\n# spammers are refused\n# (two comment lines)\n"
                          "spam@example.org   REJECT\n# friends\nfriend@example.org OK\nother@example.org DISCARD\n"
                          "# footer\n");
        QTest::newRow("first-is-before-the-first-rows-comments")
            << access << table << kAccess << QByteArray("other@example.org") << first
            << QByteArray("# header of the file\n\nother@example.org DISCARD\n# friends\nfriend@example.org OK\n"
                          "# spammers are refused\n# (two comment lines)\nspam@example.org   REJECT\n# footer\n");
        QTest::newRow("last-stays-before-the-footer")
            << access << table << kAccess << QByteArray("friend@example.org") << last
            << QByteArray("# header of the file\n\n# spammers are refused\n# (two comment lines)\n"
                          "spam@example.org   REJECT\nother@example.org DISCARD\n# friends\nfriend@example.org OK\n"
                          "# footer\n");
        QTest::newRow("after") << access << table << kAccess << QByteArray("friend@example.org")
                               << after("spam@example.org")
                               << QByteArray("# header of the file\n\n# spammers are refused\n# (two comment lines)\n"
                                             "spam@example.org   REJECT\n# friends\nfriend@example.org OK\n"
                                             "other@example.org DISCARD\n# footer\n");
        QTest::newRow("already-there") << access << table << kAccess << QByteArray("spam@example.org")
                                       << after("friend@example.org") << kAccess;
        QTest::newRow("continuation-lines-move-along") << access << table << QByteArray("a x\n  y\nb z\n")
                                                       << QByteArray("b") << first << QByteArray("b z\na x\n  y\n");
        QTest::newRow("no-final-newline") << access << table << QByteArray("a OK\nb REJECT") << QByteArray("b") << first
                                          << QByteArray("b REJECT\na OK\n");
        QTest::newRow("cidr") << QStringLiteral("/etc/postfix/client.cidr") << table
                              << QByteArray("10.0.0.0/8 OK\n10.1.2.3/32 REJECT\n") << QByteArray("10.1.2.3/32")
                              << before("10.0.0.0/8") << QByteArray("10.1.2.3/32 REJECT\n10.0.0.0/8 OK\n");
        QTest::newRow("sendmail-access") << QStringLiteral("/etc/mail/access") << QStringLiteral("sendmail-access")
                                         << QByteArray("Connect:127.0.0 OK\n# this one\nConnect:127.0.0.3 REJECT\n")
                                         << QByteArray("Connect:127.0.0.3") << first
                                         << QByteArray("# this one\nConnect:127.0.0.3 REJECT\nConnect:127.0.0 OK\n");
        QTest::newRow("regexp-first-match-wins")
            << QStringLiteral("/etc/postfix/header_checks") << QStringLiteral("postfix-regexp")
            << QByteArray("# header\n\n/^Subject: .*/ WARN\nif /^From:/\n/x/ DISCARD\nendif\n# spam first\n"
                          "/^Subject: win/i REJECT no\n")
            << QByteArray("/^Subject: win/i") << before("/^Subject: .*/")
            << QByteArray("# header\n\n# spam first\n/^Subject: win/i REJECT no\n/^Subject: .*/ WARN\n"
                          "if /^From:/\n/x/ DISCARD\nendif\n");
        QTest::newRow("tcp.smtp") << QStringLiteral("/etc/tcp.smtp") << QStringLiteral("qmail-tcprules")
                                  << QByteArray("127.:allow,RELAYCLIENT=\"\"\n# refused\n127.0.0.3:deny\n:allow\n")
                                  << QByteArray("127.0.0.3") << before("127.")
                                  << QByteArray("# refused\n127.0.0.3:deny\n127.:allow,RELAYCLIENT=\"\"\n:allow\n");
    }
    void moveKeepsCommentsAndBytes()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, key);
        QFETCH(RowPosition, position);
        QFETCH(QByteArray, expected);
        const auto change = MtaEdits::moveTableEntry(table(path, format), content, key, position);
        QVERIFY2(change, qPrintable(change.error()));
        QCOMPARE(change->after, expected);
        QCOMPARE(change->before, content);
        // a move only reorders lines: every line of the file is still there, byte for byte
        QByteArray withNewline = content.endsWith('\n') ? content : content + '\n';
        QCOMPARE(sortedLines(change->after), sortedLines(withNewline));
    }

    // A row's comment: the "#" lines right above it, replaced as a block; the
    // Tables tab reads back what it wrote; every other line stays as it was.
    void rowCommentsEditedInPlace_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("comment");
        QTest::addColumn<QByteArray>("expected");
        const QString access = QStringLiteral("/etc/postfix/sender_access");
        const QString table = QStringLiteral("postfix-table");
        QTest::newRow("new") << access << table << kAccess << QByteArray("other@example.org") << QByteArray("ticket 42")
                             << QByteArray(kAccess).replace("other@", "# ticket 42\nother@");
        QTest::newRow("replace-two-lines-by-one")
            << access << table << kAccess << QByteArray("spam@example.org") << QByteArray("refused since May")
            << QByteArray(kAccess).replace("# spammers are refused\n# (two comment lines)\n", "# refused since May\n");
        QTest::newRow("remove") << access << table << kAccess << QByteArray("friend@example.org") << QByteArray()
                                << QByteArray(kAccess).replace("# friends\n", "");
        QTest::newRow("several-lines-and-an-empty-one")
            << access << table << kAccess << QByteArray("friend@example.org") << QByteArray("a\n\nb\n")
            << QByteArray(kAccess).replace("# friends\n", "# a\n#\n# b\n");
        QTest::newRow("crlf") << access << table << QByteArray("a OK\r\n# old\r\nb REJECT\r\n") << QByteArray("b")
                              << QByteArray("new") << QByteArray("a OK\r\n# new\r\nb REJECT\r\n");
        QTest::newRow("continuation-above") << access << table << QByteArray("a x\n  y\nb z\n") << QByteArray("b")
                                            << QByteArray("c") << QByteArray("a x\n  y\n# c\nb z\n");
        QTest::newRow("aliases") << QStringLiteral("/etc/aliases") << QStringLiteral("aliases")
                                 << QByteArray("postmaster: root\nabuse: root\n") << QByteArray("abuse")
                                 << QByteArray("RFC 2142") << QByteArray("postmaster: root\n# RFC 2142\nabuse: root\n");
        QTest::newRow("regexp") << QStringLiteral("/etc/postfix/header_checks") << QStringLiteral("postfix-regexp")
                                << QByteArray("/^Subject: a/ WARN\n/^Subject: b/ REJECT\n")
                                << QByteArray("/^Subject: b/") << QByteArray("b is spam")
                                << QByteArray("/^Subject: a/ WARN\n# b is spam\n/^Subject: b/ REJECT\n");
        QTest::newRow("tcp.smtp") << QStringLiteral("/etc/tcp.smtp") << QStringLiteral("qmail-tcprules")
                                  << QByteArray("127.:allow\n:allow\n") << QByteArray("127.") << QByteArray("loopback")
                                  << QByteArray("# loopback\n127.:allow\n:allow\n");
        QTest::newRow("qmail-list") << QStringLiteral("/var/qmail/control/rcpthosts") << QStringLiteral("qmail-control")
                                    << QByteArray("a.test\nb.test\n") << QByteArray("b.test") << QByteArray("old")
                                    << QByteArray("a.test\n# old\nb.test\n");
    }
    void rowCommentsEditedInPlace()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, comment);
        QFETCH(QByteArray, expected);
        const CatalogueEntry t = table(path, format);
        const auto rowOf = [&t, &key](const QByteArray &text) {
            const auto doc = TableDocument::parse(t, text);
            for (qsizetype r = 0; doc && r < doc->rowCount(); ++r) {
                if (doc->row(r).key == key)
                    return std::pair {*doc, r};
            }
            return std::pair {TableDocument(), qsizetype(-1)};
        };
        const auto [doc, row] = rowOf(content);
        QVERIFY(row >= 0);
        const auto change = MtaEdits::setRowComment(t, content, doc.line(row), comment);
        QVERIFY2(change, qPrintable(change.error()));
        QCOMPARE(change->after, expected);
        const auto [after, rowAfter] = rowOf(change->after);
        QVERIFY(rowAfter >= 0);
        QCOMPARE(after.comment(rowAfter), comment.endsWith('\n') ? comment.chopped(1) : comment);
        // what the tab shows for the row is what it writes back: no change
        const auto again = MtaEdits::setRowComment(t, change->after, after.line(rowAfter), after.comment(rowAfter));
        QVERIFY(again);
        QCOMPARE(again->after, change->after);
    }

    void rowCommentRefusals()
    {
        const CatalogueEntry t = table(QStringLiteral("/etc/postfix/sender_access"), QStringLiteral("postfix-table"));
        auto r = MtaEdits::setRowComment(t, kAccess, 3, "x"); // a comment line, no entry
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QLatin1String("line 3")), qPrintable(r.error()));
        r = MtaEdits::setRowComment(t, kAccess, 4,
            QByteArray("a\x01"
                       "b"));
        QVERIFY(!r);
        QVERIFY(r.error().startsWith(QLatin1String("comment:")));
        r = MtaEdits::setRowComment(t, kAccess, 4, QByteArray(70 * 1024, 'x'));
        QVERIFY(!r);
        CatalogueEntry db = t;
        db.readOnly = true;
        QVERIFY(!MtaEdits::setRowComment(db, kAccess, 4, "x"));
    }

    void addAtPosition_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<RowPosition>("position");
        QTest::addColumn<QByteArray>("expected");
        const QString table = QStringLiteral("postfix-table");
        QTest::newRow("before-anchor-and-its-comments")
            << table << kAccess << QByteArray("new@example.org") << QByteArray("REJECT") << before("spam@example.org")
            << QByteArray("# header of the file\n\n# friends\nfriend@example.org OK\nnew@example.org REJECT\n"
                          "# spammers are refused\n# (two comment lines)\nspam@example.org   REJECT\n"
                          "other@example.org DISCARD\n# footer\n");
        QTest::newRow("after") << table << QByteArray("a OK\nb REJECT\n") << QByteArray("c") << QByteArray("DISCARD")
                               << after("a") << QByteArray("a OK\nc DISCARD\nb REJECT\n");
        QTest::newRow("first") << table << QByteArray("a OK\nb REJECT\n") << QByteArray("c") << QByteArray("DISCARD")
                               << first << QByteArray("c DISCARD\na OK\nb REJECT\n");
        QTest::newRow("last-default") << table << QByteArray("a OK\n# end\n") << QByteArray("c")
                                      << QByteArray("DISCARD") << last << QByteArray("a OK\nc DISCARD\n# end\n");
        QTest::newRow("empty-file") << table << QByteArray() << QByteArray("c") << QByteArray("REJECT") << first
                                    << QByteArray("c\tREJECT\n");
        QTest::newRow("tcp.smtp-first") << QStringLiteral("qmail-tcprules")
                                        << QByteArray("127.:allow,RELAYCLIENT=\"\"\n:allow\n")
                                        << QByteArray("127.0.0.3") << QByteArray("deny") << first
                                        << QByteArray("127.0.0.3:deny\n127.:allow,RELAYCLIENT=\"\"\n:allow\n");
        QTest::newRow("sendmail-access-before")
            << QStringLiteral("sendmail-access") << QByteArray("Connect:127.0.0 RELAY\n")
            << QByteArray("Connect:127.0.0.3") << QByteArray("REJECT") << before("Connect:127.0.0")
            << QByteArray("Connect:127.0.0.3 REJECT\nConnect:127.0.0 RELAY\n");
        QTest::newRow("regexp-with-blanks")
            << QStringLiteral("postfix-regexp") << QByteArray("/^Subject: .*/ WARN\n# footer\n")
            << QByteArray("/^Subject: you won/i") << QByteArray("REJECT no thanks") << first
            << QByteArray("/^Subject: you won/i REJECT no thanks\n/^Subject: .*/ WARN\n# footer\n");
        QTest::newRow("qmail-control-list")
            << QStringLiteral("qmail-control") << QByteArray() << QByteArray("spam@example.org") << QByteArray() << last
            << QByteArray("spam@example.org\n");
    }
    void addAtPosition()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        QFETCH(RowPosition, position);
        QFETCH(QByteArray, expected);
        const QString path = format == QLatin1String("qmail-control") ? QStringLiteral("/var/qmail/control/badmailfrom")
                                                                      : QStringLiteral("/etc/x/access");
        const auto change = MtaEdits::addTableEntry(table(path, format), content, key, value, position);
        QVERIFY2(change, qPrintable(change.error()));
        QCOMPARE(change->after, expected);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<RowPosition>("position");
        QTest::addColumn<QString>("why");
        const QString table = QStringLiteral("postfix-table");
        const QByteArray ab = "a OK\nb REJECT\n";
        QTest::newRow("add-existing-key") << table << ab << "add" << QByteArray("a") << first << "table set";
        QTest::newRow("move-missing-key") << table << ab << "move" << QByteArray("c") << first << "has no entry";
        QTest::newRow("move-missing-anchor")
            << table << ab << "move" << QByteArray("a") << before("c") << "to place it next to";
        QTest::newRow("add-missing-anchor")
            << table << ab << "add" << QByteArray("c") << after("d") << "to place it next to";
        QTest::newRow("move-next-to-itself") << table << ab << "move" << QByteArray("a") << after("a") << "itself";
        QTest::newRow("anchor-with-newline")
            << table << ab << "move" << QByteArray("a") << before("b\nc") << "control character";
        QTest::newRow("regexp-key-is-no-pattern") << QStringLiteral("postfix-regexp") << QByteArray("/x/ REJECT\n")
                                                  << "add" << QByteArray("x y") << first << "cannot be written";
        QTest::newRow("main.cf-is-no-table") << QStringLiteral("postfix-main") << QByteArray("a = 1\n") << "move"
                                             << QByteArray("a") << first << "not a key/value table";
        QTest::newRow("qmail-list-has-no-order") << QStringLiteral("qmail-control") << QByteArray("a@x\nb@x\n")
                                                 << "move" << QByteArray("b@x") << first << "order";
        QTest::newRow("qmail-list-existing") << QStringLiteral("qmail-control") << QByteArray("a@x\n") << "add"
                                             << QByteArray("a@x") << last << "already lists";
        QTest::newRow("tcp.smtp-existing") << QStringLiteral("qmail-tcprules") << QByteArray("127.:allow\n") << "add"
                                           << QByteArray("127.") << last << "table set";
    }
    void refusals()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, content);
        QFETCH(QString, verb);
        QFETCH(QByteArray, key);
        QFETCH(RowPosition, position);
        QFETCH(QString, why);
        const CatalogueEntry t
            = table(format == QLatin1String("qmail-control") ? QStringLiteral("/var/qmail/control/badmailfrom")
                                                             : QStringLiteral("/etc/postfix/access"),
                format);
        const auto change = verb == QLatin1String("add")
            ? MtaEdits::addTableEntry(t, content, key, format == QLatin1String("qmail-control") ? "" : "OK", position)
            : MtaEdits::moveTableEntry(t, content, key, position);
        QVERIFY(!change);
        QVERIFY2(change.error().contains(why), qPrintable(change.error()));
    }

    void qmailControlFiles()
    {
        const CatalogueEntry databytes
            = table(QStringLiteral("/var/qmail/control/databytes"), QStringLiteral("qmail-control"));
        auto change = MtaEdits::setQmailControl(databytes, {}, "1000");
        QVERIFY(change);
        QCOMPARE(change->after, QByteArray("1000\n"));
        change = MtaEdits::setQmailControl(databytes, "5000\n# a note\n", "1000");
        QVERIFY(change);
        QCOMPARE(change->after, QByteArray("1000\n# a note\n"));
        QVERIFY(!MtaEdits::setQmailControl(databytes, {}, "ten"));
        QVERIFY(!MtaEdits::setQmailControl(databytes, {}, "10\n20"));
        const CatalogueEntry greeting
            = table(QStringLiteral("/var/qmail/control/smtpgreeting"), QStringLiteral("qmail-control"));
        change = MtaEdits::setQmailControl(greeting, "old\n", "mail.example.org ready");
        QVERIFY(change);
        QCOMPARE(change->after, QByteArray("mail.example.org ready\n"));
        QVERIFY(!MtaEdits::setQmailControl(
            table(QStringLiteral("/var/qmail/control/rcpthosts"), QStringLiteral("qmail-control")), {}, "x"));
        const FileChange removed = MtaEdits::removeFile(databytes, "5000\n");
        QVERIFY(removed.absentAfter);
        QCOMPARE(removed.before, QByteArray("5000\n"));
        QVERIFY(removed.after.isEmpty());
    }

    void rowsOfEachFormat()
    {
        auto rows
            = MtaEdits::rows(table(QStringLiteral("/etc/postfix/access"), QStringLiteral("postfix-table")), kAccess);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(1).key, QByteArray("spam@example.org"));
        QCOMPARE(rows->at(1).value, QByteArray("REJECT"));
        QCOMPARE(rows->at(1).line, 7);
        rows = MtaEdits::rows(table(QStringLiteral("/etc/tcp.smtp"), QStringLiteral("qmail-tcprules")),
            "127.:allow,RELAYCLIENT=\"\"\n:deny\n");
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).value, QByteArray("allow,RELAYCLIENT=\"\""));
        rows = MtaEdits::rows(table(QStringLiteral("/etc/postfix/header_checks"), QStringLiteral("postfix-regexp")),
            "/^X-Spam/ DISCARD\n");
        QVERIFY(rows);
        QCOMPARE(rows->at(0).key, QByteArray("/^X-Spam/"));
        QVERIFY(
            !MtaEdits::rows(table(QStringLiteral("/etc/postfix/main.cf"), QStringLiteral("postfix-main")), "a = 1\n"));
    }

    void createdAndRemovedFilesInAChangeSet()
    {
        ChangeSet set(MtaKind::Qmail, QStringLiteral("files"));
        FileChange created {
            QStringLiteral("/var/qmail/control/databytes"), QStringLiteral("qmail-control"), {}, {}, "1000\n"};
        created.absentBefore = true;
        FileChange removed {
            QStringLiteral("/var/qmail/control/smtpgreeting"), QStringLiteral("qmail-control"), {}, "hello\n", {}};
        removed.absentAfter = true;
        set.addFile(created);
        set.addFile(removed);
        QCOMPARE(set.files().size(), 2);
        QVERIFY(set.preview().contains("new file /var/qmail/control/databytes"));
        QVERIFY(set.preview().contains("removed file /var/qmail/control/smtpgreeting"));
        QVERIFY(set.preview().contains("-hello\n"));
        QVERIFY(!set.validate());

        const ChangeSet undo = set.undo();
        QVERIFY(undo.files().at(0).absentAfter && !undo.files().at(0).absentBefore);
        QVERIFY(undo.files().at(1).absentBefore && !undo.files().at(1).absentAfter);
        QCOMPARE(undo.files().at(1).after, QByteArray("hello\n"));

        const auto back = ChangeSet::fromJson(QJsonDocument::fromJson(QJsonDocument(set.toJson()).toJson()).object());
        QVERIFY(back);
        QCOMPARE(back->files(), set.files());

        // an empty file is not an absent one: creating an empty file is a change
        ChangeSet empty(MtaKind::Qmail, QStringLiteral("empty"));
        FileChange touch {QStringLiteral("/var/qmail/control/badrcptto"), {}, {}, {}, {}};
        touch.absentBefore = true;
        empty.addFile(touch);
        QCOMPARE(empty.files().size(), 1);
        // creating and then removing the same file is no change at all
        FileChange gone = touch;
        gone.absentAfter = true;
        empty.addFile(gone);
        QVERIFY(empty.isEmpty());

        QJsonObject bad = set.toJson();
        QJsonArray files = bad.value(QStringLiteral("files")).toArray();
        QJsonObject f = files.at(0).toObject();
        f.insert(QStringLiteral("before"), QStringLiteral("eA=="));
        files.replace(0, f);
        bad.insert(QStringLiteral("files"), files);
        QVERIFY(!ChangeSet::fromJson(bad)); // absent, yet with contents
    }
};

QTEST_GUILESS_MAIN(TestMtaEdits)
#include "tst_mtaedits.moc"
