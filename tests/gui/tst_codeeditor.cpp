// The Config tab's editor pieces without a host: our highlighting definitions
// load for every format (KSyntaxHighlighting alone would take *.cf for TOML),
// findings land on their lines, the theme follows the palette, find wraps and
// Replace All is one undo step.
#include "config/codeeditor.h"
#include "config/findbar.h"

#include "formats/formathandler.h"

#include <QLineEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Mailwarden;

class TestCodeEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFormatHasOurDefinition()
    {
        CodeEditor editor;
        QCOMPARE(CodeEditor::definitionNameFor(QStringLiteral("no-such-format")), QString());
        for (const FormatHandler &h : formatHandlers()) {
            const QString name = editor.setFormatType(h.type);
            QVERIFY2(!name.isEmpty(), qPrintable(h.type));
            QCOMPARE(name, CodeEditor::definitionNameFor(h.type));
            QVERIFY(name != QLatin1String("TOML"));
        }
        QCOMPARE(editor.setFormatType(QStringLiteral("postfix-main")), QStringLiteral("Postfix main.cf"));
    }

    void mainCfIsHighlighted()
    {
        CodeEditor editor;
        editor.setFormatType(QStringLiteral("postfix-main"));
        editor.setPlainText(QStringLiteral("# comment\nmyhostname = mail.example.org\nbroken line\n"));
        const QTextBlock comment = editor.document()->findBlockByNumber(0);
        const QTextBlock setting = editor.document()->findBlockByNumber(1);
        QVERIFY(!comment.layout()->formats().isEmpty());
        // the parameter name and its value are drawn differently
        const QList<QTextLayout::FormatRange> ranges = setting.layout()->formats();
        QVERIFY(ranges.size() >= 2);
        QVERIFY(ranges.first().format != ranges.last().format);
    }

    void findingsOnTheirLines()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("a = 1\nb\nc = 3\n"));
        editor.setFindings({Diagnostic {3, 1, Diagnostic::Severity::Warning, QStringLiteral("set again")}},
            ParseError {QStringLiteral("main.cf"), 2, 2, QStringLiteral("missing \"=\"")});
        QCOMPARE(editor.findingsOn(2), QStringList {QStringLiteral("missing \"=\"")});
        QCOMPARE(editor.findingsOn(3), QStringList {QStringLiteral("set again")});
        QVERIFY(editor.findingsOn(1).isEmpty());
        // the current line and one underline per finding
        QCOMPARE(editor.extraSelections().size(), 3);
        editor.setFindings({}, std::nullopt);
        QCOMPARE(editor.extraSelections().size(), 1);
        editor.goToLine(3, 3);
        QCOMPARE(editor.textCursor().blockNumber(), 2);
        QCOMPARE(editor.textCursor().positionInBlock(), 2);
    }

    void themeFollowsThePalette()
    {
        QWidget parent;
        auto *editor = new CodeEditor(&parent);
        QVERIFY(editor->palette().color(QPalette::Base).lightness() >= 128);
        QPalette dark = parent.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, Qt::white);
        parent.setPalette(dark);
        QTRY_VERIFY(editor->palette().color(QPalette::Base).lightness() < 128);
        QVERIFY(editor->palette().color(QPalette::Text).lightness() >= 128);
    }

    void findWrapsAndReplaceAllIsOneUndoStep()
    {
        QWidget window;
        auto *editor = new CodeEditor(&window);
        auto *bar = new FindBar(editor, &window);
        editor->setPlainText(QStringLiteral("relay = x\nRelay = y\nno = z\n"));
        bar->showReplace();
        bar->findField()->setText(QStringLiteral("relay"));
        QVERIFY(bar->findNext());
        QCOMPARE(editor->textCursor().blockNumber(), 0);
        QVERIFY(bar->findNext()); // case-insensitive by default
        QCOMPARE(editor->textCursor().blockNumber(), 1);
        QVERIFY(bar->findNext()); // wraps to the top
        QCOMPARE(editor->textCursor().blockNumber(), 0);
        QVERIFY(bar->findNext(true)); // and backwards from the top to the end
        QCOMPARE(editor->textCursor().blockNumber(), 1);
        bar->findField()->setText(QStringLiteral("absent"));
        QVERIFY(!bar->findNext());

        bar->findField()->setText(QStringLiteral("relay"));
        bar->replaceField()->setText(QStringLiteral("relayhost"));
        QCOMPARE(bar->replaceAll(), 2);
        QCOMPARE(editor->toPlainText(), QStringLiteral("relayhost = x\nrelayhost = y\nno = z\n"));
        editor->undo();
        QCOMPARE(editor->toPlainText(), QStringLiteral("relay = x\nRelay = y\nno = z\n"));

        editor->moveCursor(QTextCursor::Start);
        QVERIFY(bar->replaceCurrent()); // finds the first, replaces it
        QCOMPARE(editor->toPlainText(), QStringLiteral("relayhost = x\nRelay = y\nno = z\n"));
        editor->setReadOnly(true);
        QCOMPARE(bar->replaceAll(), 0);
    }
};

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
