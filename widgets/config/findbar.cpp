#include "findbar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>

namespace Mailwarden {

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_previous(new QPushButton(tr("&Previous"), this))
    , m_replaceOne(new QPushButton(tr("&Replace"), this))
    , m_replaceAll(new QPushButton(tr("Replace &All"), this))
    , m_replaceLabel(new QLabel(tr("Replace with:"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_find->setObjectName(QStringLiteral("find"));
    m_replace->setObjectName(QStringLiteral("replace"));
    m_find->setClearButtonEnabled(true);
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Find:"), this), 0, 0);
    layout->addWidget(m_find, 0, 1);
    layout->addWidget(m_next, 0, 2);
    layout->addWidget(m_previous, 0, 3);
    layout->addWidget(m_case, 0, 4);
    layout->addWidget(m_result, 0, 5);
    layout->addWidget(close, 0, 6, Qt::AlignRight);
    layout->addWidget(m_replaceLabel, 1, 0);
    layout->addWidget(m_replace, 1, 1);
    layout->addWidget(m_replaceOne, 1, 2);
    layout->addWidget(m_replaceAll, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(5, 1);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_find, &QLineEdit::textChanged, m_result, &QLabel::clear);
    connect(m_next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(m_previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    setReplaceVisible(false);
    hide();
}

void FindBar::setReplaceVisible(bool visible)
{
    for (QWidget *w : std::initializer_list<QWidget *> {m_replaceLabel, m_replace, m_replaceOne, m_replaceAll})
        w->setVisible(visible);
}

void FindBar::showFind()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    setReplaceVisible(true);
    showFind();
}

bool FindBar::findNext(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_case->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (m_editor->find(text, flags)) {
        m_result->clear();
        return true;
    }
    // wrap around, from the other end
    const QTextCursor keep = m_editor->textCursor();
    QTextCursor from(m_editor->document());
    from.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_editor->setTextCursor(from);
    if (m_editor->find(text, flags)) {
        m_result->setText(backward ? tr("Continued from the end") : tr("Continued from the top"));
        return true;
    }
    m_editor->setTextCursor(keep);
    m_result->setText(tr("Not found"));
    return false;
}

bool FindBar::matchesSelection() const
{
    const QString selected = m_editor->textCursor().selectedText();
    return !selected.isEmpty()
        && selected.compare(m_find->text(), m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
}

bool FindBar::replaceCurrent()
{
    if (m_editor->isReadOnly())
        return false;
    if (!matchesSelection() && !findNext())
        return false;
    m_editor->textCursor().insertText(m_replace->text());
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty() || m_editor->isReadOnly())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_case->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *document = m_editor->document();
    QTextCursor edit(document);
    edit.beginEditBlock();
    int count = 0;
    QTextCursor found = document->find(text, 0, flags);
    while (!found.isNull()) {
        found.insertText(m_replace->text());
        ++count;
        found = document->find(text, found, flags);
    }
    edit.endEditBlock();
    m_result->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Mailwarden
