// TableDocument and TableModel without a host: rows decoded from the format,
// filter (narrowing and widening), sort, the edit request, diagnostics on rows,
// all under QAbstractItemModelTester; and the 1,000,000-row table's row count
// after a filter (its speed is tests/bench/gui's, not a timed test).
#include "mta/tabledocument.h"
#include "tables/actiondelegate.h"
#include "tables/tablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace Mailwarden;

namespace {
CatalogueEntry entry(const QString &path, const QString &format, const QString &mapType = QStringLiteral("hash"))
{
    CatalogueEntry e;
    e.path = path;
    e.formatType = format;
    e.mapType = mapType;
    e.group = CatalogueEntry::Group::AccessAndRelay;
    return e;
}

const QByteArray kAccess = "# senders we refuse\n"
                           "spammer@example.com   REJECT\n"
                           "example.net           OK\n"
                           "# a long action over two lines\n"
                           "bad.example.org       REJECT go away,\n"
                           "    and stay away\n"
                           "example.net           DISCARD\n";
} // namespace

class TestTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postfixAccessRows()
    {
        const auto doc = TableDocument::parse(
            entry(QStringLiteral("/etc/postfix/sender_access"), QStringLiteral("postfix-table")), kAccess);
        QVERIFY(doc);
        QCOMPARE(doc->rowCount(), 4);
        QCOMPARE(doc->row(0).key, QByteArray("spammer@example.com"));
        QCOMPARE(doc->row(0).value, QByteArray("REJECT"));
        QCOMPARE(doc->row(0).line, 2);
        QCOMPARE(doc->row(2).key, QByteArray("bad.example.org"));
        QCOMPARE(doc->row(2).value, QByteArray("REJECT go away, and stay away"));
        QCOMPARE(doc->line(3), 7);
        QCOMPARE(doc->rowOfLine(6), 2); // a continuation line belongs to its row
        QCOMPARE(doc->rowOfLine(4), -1); // a comment
        QCOMPARE(doc->rowOfLine(1), -1);
        QVERIFY(!doc->ordered());
        // the duplicate key is the format's warning, on the second one's line
        bool duplicate = false;
        for (const Diagnostic &d : doc->diagnostics())
            duplicate = duplicate || d.line == 7;
        QVERIFY(duplicate);
    }

    void otherFormats()
    {
        const auto aliases = TableDocument::parse(
            entry(QStringLiteral("/etc/aliases"), QStringLiteral("aliases")), "postmaster: root\nstaff: a, b,\n  c\n");
        QVERIFY(aliases);
        QCOMPARE(aliases->rowCount(), 2);
        QCOMPARE(aliases->row(1).value, QByteArray("a, b, c"));

        const auto rules
            = TableDocument::parse(entry(QStringLiteral("/etc/tcp.smtp"), QStringLiteral("qmail-tcprules"), QString()),
                "127.:allow,RELAYCLIENT=\"\"\n:allow\n");
        QVERIFY(rules);
        QVERIFY(rules->ordered());
        QCOMPARE(rules->row(0).key, QByteArray("127."));
        QCOMPARE(rules->row(0).value, QByteArray("allow,RELAYCLIENT=\"\""));
        QCOMPARE(rules->row(1).key, QByteArray(""));

        const auto checks = TableDocument::parse(entry(QStringLiteral("/etc/postfix/header_checks"),
                                                     QStringLiteral("postfix-regexp"), QStringLiteral("regexp")),
            "/^Subject: spam/ REJECT\n# c\n/^X-Bad:/ DISCARD\n");
        QVERIFY(checks);
        QVERIFY(checks->ordered());
        QCOMPARE(checks->rowCount(), 2);
        QCOMPARE(checks->row(1).key, QByteArray("/^X-Bad:/"));
        QCOMPARE(checks->row(1).value, QByteArray("DISCARD"));
        QCOMPARE(checks->line(1), 3);

        const auto list = TableDocument::parse(
            entry(QStringLiteral("/var/qmail/control/rcpthosts"), QStringLiteral("qmail-control"), QString()),
            "lab.test\nexample.org\n");
        QVERIFY(list);
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->row(1).key, QByteArray("example.org"));

        QVERIFY(!TableDocument::parse(
            entry(QStringLiteral("/etc/postfix/main.cf"), QStringLiteral("postfix-main")), "a = b\n"));
        auto readOnly = entry(QStringLiteral("/etc/postfix/mysql-virtual.cf"), QStringLiteral("postfix-table"));
        readOnly.readOnly = true;
        QVERIFY(!TableDocument::parse(readOnly, "hosts = db\n"));
    }

    void modelFilterSortEdit()
    {
        TableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto doc = TableDocument::parse(
            entry(QStringLiteral("/etc/postfix/sender_access"), QStringLiteral("postfix-table")), kAccess);
        QVERIFY(doc);
        model.setDocument(*doc);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(TableModel::ColumnCount));
        QCOMPARE(model.headerData(TableModel::Key, Qt::Horizontal).toString(), QStringLiteral("Key"));
        QCOMPARE(model.index(0, TableModel::Line).data().toInt(), 2);
        QCOMPARE(model.index(2, TableModel::Value).data().toString(), QStringLiteral("REJECT go away, and stay away"));
        // the duplicate row carries the warning as icon and tooltip
        QVERIFY(!model.index(3, TableModel::Key).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.index(3, TableModel::Key).data(Qt::DecorationRole).isValid());

        model.setFilter(QStringLiteral("EXAMPLE"));
        QCOMPARE(model.rowCount(), 4);
        model.setFilter(QStringLiteral("example.n")); // narrows
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.documentRow(1), 3);
        QCOMPARE(model.rowOf(3), 1);
        QCOMPARE(model.rowOf(0), -1);
        model.setFilter(QStringLiteral("stay")); // continuation text is searched too
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), 4);

        model.sort(TableModel::Key, Qt::AscendingOrder);
        QCOMPARE(model.index(0, TableModel::Key).data().toString(), QStringLiteral("bad.example.org"));
        model.sort(TableModel::Value, Qt::DescendingOrder);
        QCOMPARE(model.index(0, TableModel::Value).data().toString(), QStringLiteral("REJECT go away, and stay away"));
        model.setFilter(QStringLiteral("example.net")); // the order stays with the filter
        QCOMPARE(model.index(0, TableModel::Value).data().toString(), QStringLiteral("OK"));
        model.sort(TableModel::Line, Qt::AscendingOrder);
        QCOMPARE(model.index(0, TableModel::Line).data().toInt(), 3);

        QSignalSpy edits(&model, &TableModel::editRequested);
        QVERIFY(model.flags(model.index(0, TableModel::Value)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, TableModel::Line)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, TableModel::Value), QStringLiteral("RELAY")));
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.at(0).at(0).value<qsizetype>(), 1);
        QCOMPARE(edits.at(0).at(1).toInt(), int(TableModel::Value));
        QCOMPARE(edits.at(0).at(2).toByteArray(), QByteArray("RELAY"));
        model.setData(model.index(0, TableModel::Value), QStringLiteral("OK")); // unchanged: no request
        QCOMPARE(edits.size(), 1);

        // the comment lines above a row: shown on one line, edited whole
        model.sort(TableModel::Line, Qt::AscendingOrder);
        model.setFilter(QString());
        QCOMPARE(model.headerData(TableModel::Comment, Qt::Horizontal).toString(), QStringLiteral("Comment"));
        QCOMPARE(model.index(0, TableModel::Comment).data().toString(), QStringLiteral("senders we refuse"));
        QCOMPARE(model.index(1, TableModel::Comment).data().toString(), QString());
        QCOMPARE(model.index(2, TableModel::Comment).data().toString(), QStringLiteral("a long action over two lines"));
        QVERIFY(model.flags(model.index(1, TableModel::Comment)) & Qt::ItemIsEditable);
        model.setData(model.index(1, TableModel::Comment), QStringLiteral("partner\nsince 2024"));
        QCOMPARE(edits.size(), 2);
        QCOMPARE(edits.at(1).at(0).value<qsizetype>(), 1);
        QCOMPARE(edits.at(1).at(1).toInt(), int(TableModel::Comment));
        QCOMPARE(edits.at(1).at(2).toByteArray(), QByteArray("partner\nsince 2024"));
        const auto commented
            = TableDocument::parse(entry(QStringLiteral("/etc/postfix/sender_access"), QStringLiteral("postfix-table")),
                QByteArray(kAccess).replace(
                    "example.net           OK", "# partner\n# since 2024\nexample.net           OK"));
        model.setDocument(*commented);
        QCOMPARE(model.index(1, TableModel::Comment).data().toString(), QStringLiteral("partner ⏎ since 2024"));
        QCOMPARE(
            model.index(1, TableModel::Comment).data(Qt::EditRole).toString(), QStringLiteral("partner\nsince 2024"));
        QCOMPARE(model.index(1, TableModel::Comment).data(Qt::ToolTipRole).toString(),
            QStringLiteral("partner\nsince 2024"));
        model.sort(TableModel::Comment, Qt::AscendingOrder);
        QCOMPARE(model.index(3, TableModel::Comment).data().toString(), QStringLiteral("senders we refuse"));
        model.setDocument(*doc);
        model.setFilter(QStringLiteral("example.net"));

        // a new document (after an edit) keeps the filter
        model.setDocument(
            *TableDocument::parse(entry(QStringLiteral("/etc/postfix/sender_access"), QStringLiteral("postfix-table")),
                kAccess + "more.example.net REJECT\n"));
        QCOMPARE(model.rowCount(), 3);
    }

    void actionsAreOnePickAway()
    {
        const CatalogueEntry access
            = entry(QStringLiteral("/etc/postfix/sender_access"), QStringLiteral("postfix-table"));
        const auto doc = TableDocument::parse(access, kAccess);
        QVERIFY(doc);
        TableModel model;
        model.setDocument(*doc);
        ActionDelegate delegate;
        delegate.setTable(access);
        QWidget parent;
        std::unique_ptr<QWidget> editor(
            delegate.createEditor(&parent, QStyleOptionViewItem(), model.index(0, TableModel::Value)));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        QVERIFY(combo->isEditable());
        QVERIFY(combo->findText(QStringLiteral("REJECT")) >= 0);
        delegate.setEditorData(combo, model.index(0, TableModel::Value));
        QCOMPARE(combo->currentText(), QStringLiteral("REJECT"));
        QSignalSpy edits(&model, &TableModel::editRequested);
        combo->setEditText(QStringLiteral("554 5.7.1 go away"));
        delegate.setModelData(combo, &model, model.index(0, TableModel::Value));
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.at(0).at(2).toByteArray(), QByteArray("554 5.7.1 go away"));
        // keys and free-text values get a plain line edit
        std::unique_ptr<QWidget> keyEditor(
            delegate.createEditor(&parent, QStyleOptionViewItem(), model.index(0, TableModel::Key)));
        QVERIFY(qobject_cast<QLineEdit *>(keyEditor.get()));
        // a comment takes several lines
        std::unique_ptr<QWidget> commentEditor(
            delegate.createEditor(&parent, QStyleOptionViewItem(), model.index(0, TableModel::Comment)));
        auto *text = qobject_cast<QPlainTextEdit *>(commentEditor.get());
        QVERIFY(text);
        delegate.setEditorData(text, model.index(0, TableModel::Comment));
        QCOMPARE(text->toPlainText(), QStringLiteral("senders we refuse"));
        text->setPlainText(QStringLiteral("senders we refuse\nsince the 2024 wave"));
        delegate.setModelData(text, &model, model.index(0, TableModel::Comment));
        QCOMPARE(edits.size(), 2);
        QCOMPARE(edits.at(1).at(2).toByteArray(), QByteArray("senders we refuse\nsince the 2024 wave"));
        QVERIFY(ActionDelegate::actions(entry(QStringLiteral("/etc/aliases"), QStringLiteral("aliases"))).isEmpty());
        QVERIFY(ActionDelegate::actions(entry(QStringLiteral("/etc/tcp.smtp"), QStringLiteral("qmail-tcprules")))
                .contains(QStringLiteral("allow,RELAYCLIENT=\"\"")));
    }

    void millionRows()
    {
        QByteArray big;
        big.reserve(40 << 20);
        for (int i = 0; i < 1000000; ++i)
            big += "user" + QByteArray::number(i) + "@example" + QByteArray::number(i % 97) + ".com\tREJECT\n";
        const auto doc = TableDocument::parse(
            entry(QStringLiteral("/etc/postfix/sender_access"), QStringLiteral("postfix-table")), big);
        QVERIFY(doc);
        TableModel model;
        model.setDocument(*doc);
        QCOMPARE(model.rowCount(), 1000000);
        QCOMPARE(model.index(999999, TableModel::Key).data().toString(),
            QStringLiteral("user999999@example%1.com").arg(999999 % 97));
        model.setFilter(QStringLiteral("example9"));
        // example9 and example90..96: 8 of the 97 domains
        int expected = 0;
        for (int i = 0; i < 1000000; ++i)
            expected += QByteArray::number(i % 97).startsWith('9');
        QCOMPARE(model.rowCount(), expected);
        model.setFilter(QStringLiteral("example90"));
        int ninety = 0;
        for (int i = 0; i < 1000000; ++i)
            ninety += i % 97 == 90;
        QCOMPARE(model.rowCount(), ninety);
        model.setFilter(QStringLiteral("EXAMPLE9")); // widening again searches every row
        QCOMPARE(model.rowCount(), expected);
    }
};

QTEST_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
