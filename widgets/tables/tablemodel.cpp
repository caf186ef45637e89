#include "tablemodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace Mailwarden {

namespace {
// ASCII case-insensitive containment: keys, addresses and actions are ASCII in
// practice, and this runs over every row of a million-row table per keystroke.
bool containsFolded(QByteArrayView haystack, QByteArrayView lowerNeedle)
{
    const qsizetype n = lowerNeedle.size();
    if (n == 0)
        return true;
    const char first = lowerNeedle.front();
    const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - 32) : first;
    const char *data = haystack.data();
    for (qsizetype i = 0; i + n <= haystack.size(); ++i) {
        const char c = data[i];
        if (c != first && c != firstUpper)
            continue;
        qsizetype j = 1;
        for (; j < n; ++j) {
            char h = data[i + j];
            if (h >= 'A' && h <= 'Z')
                h = char(h + 32);
            if (h != lowerNeedle[j])
                break;
        }
        if (j == n)
            return true;
    }
    return false;
}
} // namespace

TableModel::TableModel(QObject *parent) : QAbstractTableModel(parent) { }

void TableModel::setDocument(const TableDocument &document)
{
    beginResetModel();
    m_doc = document;
    m_diagnostics.clear();
    m_diagnosticList.clear();
    for (const Diagnostic &d : m_doc.diagnostics())
        addDiagnostic(d);
    m_visible.clear();
    refilter(false);
    endResetModel();
}

void TableModel::addDiagnostic(const Diagnostic &d)
{
    m_diagnosticList.append(d);
    const qsizetype row = m_doc.rowOfLine(d.line);
    if (row >= 0)
        m_diagnostics[row].append(d.message);
}

void TableModel::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_diagnostics.clear();
    m_diagnosticList.clear();
    for (const Diagnostic &d : diagnostics)
        addDiagnostic(d);
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0, Key), index(int(m_visible.size()) - 1, Key), {Qt::DecorationRole, Qt::ToolTipRole});
}

void TableModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    const QByteArray needle = text.toUtf8().toLower();
    const bool narrowing = !m_needle.isEmpty() && needle.contains(m_needle);
    beginResetModel();
    m_filter = text;
    m_needle = needle;
    refilter(narrowing);
    endResetModel();
}

void TableModel::refilter(bool narrowing)
{
    if (narrowing) {
        QList<qint32> kept;
        kept.reserve(m_visible.size());
        for (const qint32 row : std::as_const(m_visible)) {
            if (containsFolded(m_doc.text(row), m_needle))
                kept.append(row);
        }
        m_visible = std::move(kept);
        return;
    }
    const qsizetype n = m_doc.rowCount();
    m_visible.clear();
    m_visible.reserve(m_needle.isEmpty() ? n : 0);
    for (qsizetype row = 0; row < n; ++row) {
        if (m_needle.isEmpty() || containsFolded(m_doc.text(row), m_needle))
            m_visible.append(qint32(row));
    }
    sortRows(); // a narrowed list keeps its order; a new one gets the user's
}

qsizetype TableModel::documentRow(int row) const
{
    return row >= 0 && row < m_visible.size() ? m_visible.at(row) : -1;
}

int TableModel::rowOf(qsizetype documentRow) const
{
    return int(m_visible.indexOf(qint32(documentRow)));
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype docRow = m_visible.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        if (index.column() == Line)
            return m_doc.line(docRow);
        if (index.column() == Comment) {
            const QString comment = QString::fromUtf8(m_doc.comment(docRow));
            // one line in the cell; the editor and the tooltip get all of it
            return role == Qt::EditRole ? comment : QString(comment).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        }
        const MtaEdits::Row r = m_doc.row(docRow);
        return QString::fromUtf8(index.column() == Key ? r.key : r.value);
    }
    case Qt::DecorationRole:
        if (index.column() == Key && m_diagnostics.contains(docRow))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Comment)
            return QString::fromUtf8(m_doc.comment(docRow));
        if (m_diagnostics.contains(docRow))
            return m_diagnostics.value(docRow).join(QLatin1Char('\n'));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Line)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DocumentRowRole:
        return qlonglong(docRow);
    default:
        return {};
    }
}

QString TableModel::keyTitle(const QString &f, const QString &mapType)
{
    if (f == QLatin1String("aliases"))
        return tr("Alias");
    if (f == QLatin1String("qmail-tcprules"))
        return tr("Client address");
    if (f == QLatin1String("qmail-control"))
        return tr("Value");
    if (f == QLatin1String("postfix-regexp"))
        return tr("Pattern");
    if (mapType == QLatin1String("cidr"))
        return tr("Network");
    return tr("Key");
}

QString TableModel::valueTitle(const QString &f, const QString &mapType)
{
    Q_UNUSED(mapType)
    if (f == QLatin1String("aliases"))
        return tr("Recipients");
    if (f == QLatin1String("qmail-tcprules"))
        return tr("Rule (allow/deny, variables)");
    if (f == QLatin1String("qmail-control"))
        return QString();
    if (f == QLatin1String("postfix-regexp") || f == QLatin1String("sendmail-access"))
        return tr("Action");
    return tr("Value");
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const CatalogueEntry &t = m_doc.table();
    switch (section) {
    case Line:
        return tr("Line");
    case Key:
        return keyTitle(t.formatType, t.mapType);
    case Value:
        return valueTitle(t.formatType, t.mapType);
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

Qt::ItemFlags TableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() == Line || m_doc.table().readOnly)
        return f;
    if (index.column() == Value && m_doc.table().formatType == QLatin1String("qmail-control"))
        return f;
    return f | Qt::ItemIsEditable;
}

bool TableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QByteArray text = value.toString().toUtf8();
    if (text == data(index, Qt::EditRole).toString().toUtf8())
        return false;
    Q_EMIT editRequested(m_visible.at(index.row()), index.column(), text);
    return false; // the new document arrives through setDocument()
}

void TableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint32> docRows;
    for (const QModelIndex &i : before)
        docRows.append(m_visible.at(i.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    QList<qint32> position(m_doc.rowCount(), -1);
    if (!before.isEmpty()) {
        for (qsizetype i = 0; i < m_visible.size(); ++i)
            position[m_visible.at(i)] = qint32(i);
    }
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(position.at(docRows.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TableModel::sortRows()
{
    if (m_sortColumn < 0)
        return;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_sortColumn == Line) {
        std::sort(m_visible.begin(), m_visible.end());
        if (!ascending)
            std::reverse(m_visible.begin(), m_visible.end());
        return;
    }
    // decode each visible row's field once, then sort (field, row) pairs
    std::vector<std::pair<QByteArray, qint32>> keyed;
    keyed.reserve(m_visible.size());
    for (const qint32 row : std::as_const(m_visible)) {
        if (m_sortColumn == Comment) {
            keyed.emplace_back(m_doc.comment(row).toLower(), row);
            continue;
        }
        const MtaEdits::Row r = m_doc.row(row);
        keyed.emplace_back((m_sortColumn == Key ? r.key : r.value).toLower(), row);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
        [ascending](const auto &a, const auto &b) { return ascending ? a.first < b.first : b.first < a.first; });
    for (qsizetype i = 0; i < m_visible.size(); ++i)
        m_visible[i] = keyed[i].second;
}

} // namespace Mailwarden
