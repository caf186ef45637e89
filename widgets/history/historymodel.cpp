#include "historymodel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace Mailwarden {

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_drifted.clear();
    endResetModel();
}

const HistoryEntry *HistoryModel::entry(int id) const
{
    for (const HistoryEntry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

void HistoryModel::setDrifted(const QSet<int> &entryIds)
{
    m_drifted = entryIds;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString HistoryModel::outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("applied"))
        return tr("Applied");
    if (outcome == QLatin1String("rolled-back"))
        return tr("Failed, rolled back");
    if (outcome == QLatin1String("rollback-failed"))
        return tr("Failed, roll back failed");
    if (outcome == QLatin1String("cancelled"))
        return tr("Cancelled");
    return outcome;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    const auto files = [&e] {
        QStringList paths;
        for (const HistoryEntry::File &f : e.files)
            paths.append(f.path);
        return paths;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return e.id;
        case When:
            return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        case Who:
            return e.who;
        case Outcome:
            return outcomeText(e.outcome);
        case Description:
            return e.description;
        case Files:
            return files().join(QLatin1String(", "));
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case When:
            return tr("%1 UTC").arg(e.time.toUTC().toString(Qt::ISODate));
        case Who:
            return tr("Applied by %1 through the host profile %2").arg(e.who, e.host);
        case Outcome:
            if (m_drifted.contains(e.id))
                return tr("A file this change wrote was changed outside Mailwarden since.");
            break;
        case Files:
            return files().join(QLatin1Char('\n'));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() != Outcome)
            break;
        if (m_drifted.contains(e.id))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (e.outcome == QLatin1String("applied"))
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        if (e.outcome == QLatin1String("rollback-failed"))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        return QApplication::style()->standardIcon(QStyle::SP_DialogCancelButton);
    case Qt::TextAlignmentRole:
        if (index.column() == Id)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::UserRole: // sort key: the journal's order, not the text
        switch (index.column()) {
        case Id:
        case When:
            return e.id;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("#");
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Outcome:
        return tr("Outcome");
    case Description:
        return tr("What");
    case Files:
        return tr("Files");
    }
    return {};
}

} // namespace Mailwarden
