#pragma once

#include "mta/mtaoption.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace Mailwarden {

class PostfixParameterFilter;
class PostfixParameterModel;

/// The Config tab's form for main.cf: the parameters grouped, searchable,
/// those changed from the default marked; the selected one explained beside
/// its default and edited with a control of its type (yes/no, number with
/// unit, time with unit, a restriction list reordered by dragging or with
/// Up/Down, tables linked to the Tables tab). The form only asks for a change
/// (setRequested, resetRequested): the page makes it an edit of that one
/// parameter's line, so every other line stays as it is.
class PostfixForm final : public QWidget
{
    Q_OBJECT
public:
    explicit PostfixForm(QWidget *parent = nullptr);

    /// The host's parameters and main.cf as it is now (pending edits included).
    void setContent(const QList<MtaOption> &options, const QByteArray &mainCf);
    void setEditable(bool editable);
    PostfixParameterModel *model() const { return m_model; }
    /// Selects parameter \a name (clearing a filter that hides it); false when unknown.
    bool select(const QByteArray &name);
    QByteArray selected() const { return m_selected; }
    /// The restriction entries shown for the selected parameter (tests).
    QStringList restrictionEntries() const;

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void setRequested(const QByteArray &name, const QByteArray &value);
    void resetRequested(const QByteArray &name);
    /// A table named by the selected parameter was clicked ("hash:/etc/postfix/access").
    void openTableRequested(const QString &path);

private:
    void showSelected();
    void requestValue(const QByteArray &value);
    void requestFromEditor();
    void requestRestrictions();
    void moveRestriction(int delta);

    PostfixParameterModel *m_model;
    PostfixParameterFilter *m_filter;
    QLineEdit *m_search;
    QCheckBox *m_onlyChanged;
    QTreeView *m_view;
    QLabel *m_name;
    QLabel *m_explanation;
    QLabel *m_default;
    QStackedWidget *m_editors;
    QComboBox *m_bool;
    QLineEdit *m_number;
    QLabel *m_numberUnit;
    QLineEdit *m_time;
    QComboBox *m_timeUnit;
    QListWidget *m_restrictions;
    QLineEdit *m_newRestriction;
    QLineEdit *m_text;
    QLabel *m_tables;
    QPushButton *m_set;
    QPushButton *m_reset;
    QByteArray m_selected;
    bool m_editable = true;
    bool m_filling = false; ///< controls are being filled from the model: not a request
};

} // namespace Mailwarden
