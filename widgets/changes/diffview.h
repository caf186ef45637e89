#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Mailwarden {

/// A read-only unified diff, highlighted with KSyntaxHighlighting's "Diff"
/// definition in the palette's theme (the preview before Apply, the history).
class DiffView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);
    void setDiff(const QByteArray &diff);

protected:
    void changeEvent(QEvent *event) override;

private:
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace Mailwarden
