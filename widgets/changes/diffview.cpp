#include "diffview.h"

#include "common/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QEvent>
#include <QFontDatabase>

namespace Mailwarden {

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("Diff")));
    m_highlighter->setTheme(syntaxThemeFor(palette()));
}

void DiffView::setDiff(const QByteArray &diff)
{
    setPlainText(QString::fromUtf8(diff));
}

void DiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setTheme(syntaxThemeFor(palette()));
        m_highlighter->rehighlight();
    }
    QPlainTextEdit::changeEvent(event);
}

} // namespace Mailwarden
