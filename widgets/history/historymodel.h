#pragma once

#include "mta/history.h"

#include <QAbstractTableModel>
#include <QSet>

namespace Mailwarden {

/// The entries of a host's change journal as a table: number, when (local
/// time; UTC in the tooltip), who, outcome in words, what, the files. Entries
/// whose files changed outside Mailwarden since are marked (setDrifted).
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, When, Who, Outcome, Description, Files, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries);
    const QList<HistoryEntry> &entries() const { return m_entries; }
    /// The entry with journal id \a id, or nullptr.
    const HistoryEntry *entry(int id) const;
    /// Marks the entries (by id) whose recorded content a file no longer has.
    void setDrifted(const QSet<int> &entryIds);

    /// An outcome of the journal ("applied", "rolled-back", …) in words.
    static QString outcomeText(const QString &outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HistoryEntry> m_entries;
    QSet<int> m_drifted;
};

} // namespace Mailwarden
