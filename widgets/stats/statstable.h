#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace Mailwarden {

/// One table of the statistics dashboard (top senders, reject reasons …):
/// plain data, built off the GUI thread, shown by StatsTableModel and written
/// to CSV and to the report as it is.
struct StatsTable {
    QString id; ///< a file-name-safe name: "senders", "reject-reasons" …
    QString title;
    QStringList headers;
    /// Cells: QString, qint64 or double. Columns whose header ends in a byte
    /// count are flagged in bytesColumns and shown as sizes.
    QList<QVariantList> rows;
    QList<int> bytesColumns;

    /// RFC 4180 CSV: a header line, then the rows with raw numbers (CRLF).
    /// Text that a spreadsheet would run as a formula (=, +, -, @) starts with '.
    QByteArray toCsv() const;
};

/// A StatsTable for a QTableView: numbers right-aligned and shown in the
/// console's locale, sorted by their value (Qt::UserRole).
class StatsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(StatsTable table);
    const StatsTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    StatsTable m_table;
};

} // namespace Mailwarden
