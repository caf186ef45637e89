#include "codeeditor.h"

#include "common/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace Mailwarden {

class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor) : QWidget(editor), m_editor(editor) { }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

namespace {
// The theme's error mark; warnings in orange (some themes' warning mark is green).
QRgb markColour(const KSyntaxHighlighting::Theme &theme, bool error)
{
    return error ? theme.editorColor(KSyntaxHighlighting::Theme::MarkError) : qRgb(0xf6, 0x74, 0x00);
}
} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
    , m_lineNumbers(new LineNumberArea(this))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 8); // the MTAs' tab stops
    connect(
        this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateSelections);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    applyTheme();
}

CodeEditor::~CodeEditor() = default;

QString CodeEditor::definitionNameFor(const QString &formatType)
{
    static const QHash<QString, QString> names {
        {QStringLiteral("postfix-main"), QStringLiteral("Postfix main.cf")},
        {QStringLiteral("postfix-master"), QStringLiteral("Postfix master.cf")},
        {QStringLiteral("sendmail-mc"), QStringLiteral("Sendmail m4 config")},
        {QStringLiteral("sendmail-cf"), QStringLiteral("Sendmail cf")},
        {QStringLiteral("qmail-control"), QStringLiteral("qmail control")},
        {QStringLiteral("qmail-tcprules"), QStringLiteral("qmail tcprules")},
        // .qmail files are lists of deliveries, one per line, like a control file
        {QStringLiteral("qmail-dotqmail"), QStringLiteral("qmail control")},
        {QStringLiteral("sendmail-list"), QStringLiteral("qmail control")},
        // key, separator, value: one definition for every table
        {QStringLiteral("aliases"), QStringLiteral("MTA lookup table")},
        {QStringLiteral("postfix-table"), QStringLiteral("MTA lookup table")},
        {QStringLiteral("postfix-regexp"), QStringLiteral("MTA lookup table")},
        {QStringLiteral("sendmail-access"), QStringLiteral("MTA lookup table")},
        {QStringLiteral("sendmail-map"), QStringLiteral("MTA lookup table")},
        {QStringLiteral("qmail-assign"), QStringLiteral("MTA lookup table")},
        {QStringLiteral("qmail-smtproutes"), QStringLiteral("MTA lookup table")},
        {QStringLiteral("qmail-virtualdomains"), QStringLiteral("MTA lookup table")},
    };
    // a new format gets no highlighting until it is named here (tst_codeeditor fails)
    return names.value(formatType);
}

QString CodeEditor::setFormatType(const QString &formatType)
{
    const KSyntaxHighlighting::Definition definition
        = syntaxRepository().definitionForName(definitionNameFor(formatType));
    m_highlighter->setDefinition(definition);
    m_highlighter->rehighlight();
    return definition.isValid() ? definition.name() : QString();
}

QString CodeEditor::definitionName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

void CodeEditor::setFindings(const QList<Diagnostic> &diagnostics, const std::optional<ParseError> &error)
{
    m_findings.clear();
    if (error)
        m_findings.append({error->line, error->column, true, error->message});
    for (const Diagnostic &d : diagnostics)
        m_findings.append({d.line, d.column, false, d.message});
    updateSelections();
    m_lineNumbers->update();
}

QStringList CodeEditor::findingsOn(int line) const
{
    QStringList out;
    for (const Finding &f : m_findings) {
        if (f.line == line)
            out.append(f.message);
    }
    return out;
}

void CodeEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qBound(0, column - 1, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

int CodeEditor::lineNumberAreaWidth() const
{
    const int digits = QString::number(qMax(1, blockCount())).size();
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(r.left(), r.top(), lineNumberAreaWidth(), r.height());
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::IconBorder)));
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            bool error = false, warning = false;
            for (const Finding &f : m_findings) {
                if (f.line == line)
                    (f.error ? error : warning) = true;
            }
            QRgb colour
                = theme.editorColor(block.blockNumber() == current ? KSyntaxHighlighting::Theme::CurrentLineNumber
                                                                   : KSyntaxHighlighting::Theme::LineNumbers);
            if (error || warning) {
                const QRgb mark = markColour(theme, error);
                painter.fillRect(0, top, 3, height, QColor::fromRgba(mark));
                colour = mark;
            }
            painter.setPen(QColor::fromRgba(colour));
            painter.drawText(
                0, top, m_lineNumbers->width() - 6, height, Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
        }
        block = block.next();
        top += height;
    }
}

void CodeEditor::updateSelections()
{
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection currentLine;
    currentLine.format.setBackground(QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine)));
    currentLine.format.setProperty(QTextFormat::FullWidthSelection, true);
    currentLine.cursor = textCursor();
    currentLine.cursor.clearSelection();
    selections.append(currentLine);
    for (const Finding &f : m_findings) {
        const QTextBlock block = document()->findBlockByNumber(f.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        // from the column the format names to the end of the line; the whole line when it names none
        const int from = qBound(0, f.column - 1, qMax(0, block.length() - 2));
        s.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, from);
        s.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        if (!s.cursor.hasSelection()) // an empty line: mark where it is
            s.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(QColor::fromRgba(markColour(theme, f.error)));
        selections.append(s);
    }
    setExtraSelections(selections);
}

bool CodeEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const int line = cursorForPosition(inViewport).blockNumber() + 1;
        const QStringList messages = findingsOn(line);
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(
                help->globalPos(), tr("Line %1: %2").arg(line).arg(messages.join(QLatin1Char('\n'))), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
}

void CodeEditor::applyTheme()
{
    // Decided on the surroundings' palette: this widget's own Base is the theme's.
    const KSyntaxHighlighting::Theme theme
        = syntaxThemeFor(parentWidget() ? parentWidget()->palette() : QGuiApplication::palette());
    if (theme.name() == m_highlighter->theme().name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
    // the text's own background and colour from the same theme, so nothing is unreadable
    QPalette p = palette();
    p.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    p.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    p.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    viewport()->setPalette(p);
    setPalette(p);
    updateSelections();
    m_lineNumbers->update();
}

} // namespace Mailwarden
