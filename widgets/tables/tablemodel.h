#pragma once

#include "mta/tabledocument.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Mailwarden {

/// The rows of one table (TableDocument), filtered and sorted without copying
/// them: the model keeps only the visible rows' numbers and decodes a row when
/// the view paints it. Edits are not made here: setData() asks for them
/// (editRequested) and the page turns them into a new file content through
/// MtaEdits and PendingEdits, after which the model gets the new document.
class TableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Key, Value, Comment, ColumnCount };
    /// The document row of a model row (Qt::UserRole), for the page.
    static constexpr int DocumentRowRole = Qt::UserRole + 1;

    explicit TableModel(QObject *parent = nullptr);

    void setDocument(const TableDocument &document);
    /// The format's warnings, shown on their rows (they may come after the rows).
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    const QList<Diagnostic> &diagnostics() const { return m_diagnosticList; }
    const TableDocument &document() const { return m_doc; }

    /// Shows only the rows whose text contains \a text (case-insensitive). A
    /// filter that extends the previous one searches only the rows still shown.
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }

    /// The document row shown at \a row, or -1.
    qsizetype documentRow(int row) const;
    /// The model row showing document row \a documentRow, or -1 (filtered out).
    int rowOf(qsizetype documentRow) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Column titles for a table of \a formatType (and \a mapType).
    static QString keyTitle(const QString &formatType, const QString &mapType);
    static QString valueTitle(const QString &formatType, const QString &mapType);

Q_SIGNALS:
    /// The user changed \a column of document row \a documentRow to \a text.
    void editRequested(qsizetype documentRow, int column, const QByteArray &text);

private:
    void refilter(bool narrowing);
    void addDiagnostic(const Diagnostic &d);
    void sortRows();

    TableDocument m_doc;
    QList<qint32> m_visible; ///< document rows in view order
    QString m_filter;
    QByteArray m_needle; ///< lower-case UTF-8 of m_filter
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QHash<qsizetype, QStringList> m_diagnostics; ///< by document row
    QList<Diagnostic> m_diagnosticList;
};

} // namespace Mailwarden
