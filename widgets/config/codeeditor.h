#pragma once

#include "formats/parseerror.h"

#include <QPlainTextEdit>

#include <optional>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Mailwarden {

/// The raw editor of a configuration file: highlighting by our own definition
/// for the file's format (never by file name: KSyntaxHighlighting takes *.cf
/// for TOML), the theme following the palette, line numbers, and the format's
/// findings underlined on their lines with the message as the tooltip.
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    /// The KSyntaxHighlighting definition name for a Mailwarden format type
    /// ("postfix-main" → "Postfix main.cf"); tables share "MTA lookup table".
    static QString definitionNameFor(const QString &formatType);
    /// Highlights as \a formatType; returns the definition's name ("" for none).
    QString setFormatType(const QString &formatType);
    QString definitionName() const;

    /// Underlines \a diagnostics (warnings) and \a error (the parse error) on their lines.
    void setFindings(const QList<Diagnostic> &diagnostics, const std::optional<ParseError> &error);
    /// The messages on line \a line (1-based), as the tooltip shows them.
    QStringList findingsOn(int line) const;

    /// Puts the cursor on \a line (1-based) and column, and shows it.
    void goToLine(int line, int column = 0);

    int lineNumberAreaWidth() const;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberArea;
    struct Finding {
        int line;
        int column;
        bool error;
        QString message;
    };
    void paintLineNumbers(QPaintEvent *event);
    void applyTheme();
    void updateSelections();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QWidget *m_lineNumbers;
    QList<Finding> m_findings;
};

} // namespace Mailwarden
