#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Mailwarden {

/// Find and replace for a text editor, shown under it (Ctrl+F, Ctrl+R; Escape
/// hides it). Searching wraps around; Replace All is one undo step.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /// Shows the bar with the editor's selection (if any) as the text to find.
    void showFind();
    void showReplace();

    bool findNext(bool backward = false);
    bool replaceCurrent();
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setReplaceVisible(bool visible);
    bool matchesSelection() const;

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_case;
    QPushButton *m_next;
    QPushButton *m_previous;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceAll;
    QLabel *m_replaceLabel;
    QLabel *m_result;
};

} // namespace Mailwarden
