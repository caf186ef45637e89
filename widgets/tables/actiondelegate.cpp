#include "actiondelegate.h"

#include "tablemodel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Mailwarden {

QStringList ActionDelegate::actions(const CatalogueEntry &t)
{
    const QString &f = t.formatType;
    const QString name = QFileInfo(t.path).fileName();
    if (f == QLatin1String("sendmail-access"))
        return {QStringLiteral("OK"), QStringLiteral("RELAY"), QStringLiteral("REJECT"), QStringLiteral("DISCARD"),
            QStringLiteral("SKIP"), QStringLiteral("ERROR:\"550 5.7.1 Access denied\""),
            QStringLiteral("ERROR:\"421 4.3.2 Try again later\"")};
    if (f == QLatin1String("qmail-tcprules"))
        return {QStringLiteral("allow"), QStringLiteral("deny"), QStringLiteral("allow,RELAYCLIENT=\"\""),
            QStringLiteral("allow,RBLSMTPD=\"\""), QStringLiteral("allow,RBLSMTPD=\"-451 Try again later\"")};
    if (f == QLatin1String("postfix-regexp"))
        return {QStringLiteral("REJECT"), QStringLiteral("WARN"), QStringLiteral("DISCARD"), QStringLiteral("HOLD"),
            QStringLiteral("IGNORE"), QStringLiteral("PREPEND"), QStringLiteral("REPLACE"), QStringLiteral("REDIRECT"),
            QStringLiteral("FILTER"), QStringLiteral("DUNNO"), QStringLiteral("OK")};
    if (f == QLatin1String("postfix-table") && t.group == CatalogueEntry::Group::AccessAndRelay)
        return {QStringLiteral("OK"), QStringLiteral("REJECT"), QStringLiteral("DUNNO"), QStringLiteral("DISCARD"),
            QStringLiteral("HOLD"), QStringLiteral("WARN"), QStringLiteral("PREPEND"), QStringLiteral("REDIRECT"),
            QStringLiteral("FILTER"), QStringLiteral("554 5.7.1 Access denied"),
            QStringLiteral("permit_sasl_authenticated"), QStringLiteral("reject_unauth_destination"),
            QStringLiteral("defer_if_permit")};
    if (f == QLatin1String("postfix-table") && name.startsWith(QLatin1String("transport")))
        return {QStringLiteral("smtp:"), QStringLiteral("relay:"), QStringLiteral("local:"), QStringLiteral("error:"),
            QStringLiteral("discard:"), QStringLiteral("retry:")};
    return {};
}

QWidget *ActionDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == TableModel::Comment) {
        // several lines: Return makes a new line, Tab or leaving the cell keeps it
        auto *edit = new QPlainTextEdit(parent);
        edit->setObjectName(QStringLiteral("commentEditor"));
        edit->setTabChangesFocus(true);
        return edit;
    }
    const QStringList list = actions(m_table);
    if (index.column() != TableModel::Value || list.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("actionEditor"));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(list);
    return combo;
}

void ActionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setEditText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ActionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void ActionDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != TableModel::Comment) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    // room for a few lines, over the rows below
    QRect r = option.rect;
    r.setHeight(std::max(r.height(), editor->fontMetrics().lineSpacing() * 4 + 8));
    editor->setGeometry(r);
}

} // namespace Mailwarden
