#include "statstable.h"

#include <QLocale>

namespace Mailwarden {

namespace {

QByteArray csvField(const QVariant &value)
{
    QByteArray text = value.toString().toUtf8();
    // A log's sender "=HYPERLINK(…)" must stay text in a spreadsheet: quote it with a leading apostrophe.
    if (value.typeId() == QMetaType::QString && !text.isEmpty() && QByteArrayView("=+-@\t\r").contains(text.front()))
        text.prepend('\'');
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n') && !text.contains('\r'))
        return text;
    text.replace('"', "\"\"");
    return '"' + text + '"';
}

bool isNumber(const QVariant &v)
{
    return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int;
}

} // namespace

QByteArray StatsTable::toCsv() const
{
    QByteArray out;
    auto line = [&out](const QVariantList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                out += ',';
            out += csvField(cells[i]);
        }
        out += "\r\n";
    };
    line(QVariantList(headers.cbegin(), headers.cend()));
    for (const QVariantList &row : rows)
        line(row);
    return out;
}

void StatsTableModel::setTable(StatsTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int StatsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int StatsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant StatsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariantList &row = m_table.rows[index.row()];
    const QVariant value = index.column() < row.size() ? row[index.column()] : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        if (m_table.bytesColumns.contains(index.column()))
            return QLocale().formattedDataSize(value.toLongLong(), 1, QLocale::DataSizeTraditionalFormat);
        if (value.typeId() == QMetaType::Double)
            return QLocale().toString(value.toDouble(), 'f', 1);
        if (isNumber(value))
            return QLocale().toString(value.toLongLong());
        return value;
    case Qt::ToolTipRole: // log text: never rich text
        return isNumber(value) ? QVariant()
                               : QVariant(QStringLiteral("<qt>%1</qt>").arg(value.toString().toHtmlEscaped()));
    case Qt::TextAlignmentRole:
        return isNumber(value) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::UserRole:
        return value;
    default:
        return {};
    }
}

QVariant StatsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_table.headers.size())
        return m_table.headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Mailwarden
