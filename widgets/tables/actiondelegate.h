#pragma once

#include "mta/catalogue.h"

#include <QStyledItemDelegate>

namespace Mailwarden {

/// Edits a table's value column with an editable combo box of the actions the
/// MTA knows for that table (access: OK, REJECT, RELAY, …; tcp.smtp: allow,
/// deny, RELAYCLIENT; header checks: REJECT, WARN, …), so the usual value is
/// one pick away and anything else can still be typed.
class ActionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setTable(const CatalogueEntry &table) { m_table = table; }
    /// The actions offered for \a table; empty where values are free text
    /// (aliases' recipients, transport next hops).
    static QStringList actions(const CatalogueEntry &table);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    CatalogueEntry m_table;
};

} // namespace Mailwarden
