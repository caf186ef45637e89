#include "postfixparametermodel.h"

#include "postfix/postfixmaincf.h"

#include <QApplication>
#include <QFont>
#include <QSet>
#include <QStyle>

namespace Mailwarden {

namespace {
constexpr quintptr kGroupId = 0; // internalId of a group row; a parameter's is its group + 1
}

PostfixParameterModel::PostfixParameterModel(QObject *parent) : QAbstractItemModel(parent) { }

void PostfixParameterModel::setParameters(const QList<MtaOption> &options, const QByteArray &mainCf)
{
    using PostfixParameters::Group;
    const auto cf = PostfixMainCf::parse(mainCf, QStringLiteral("main.cf"));
    QHash<Group, QList<Parameter>> byGroup;
    QSet<QByteArray> seen;
    for (const MtaOption &o : options) {
        Parameter p;
        p.name = o.name;
        p.defaultValue = o.defaultValue;
        const std::optional<QByteArray> set = cf ? cf->value(o.name) : std::nullopt;
        p.set = set.has_value() || (!cf && o.source == MtaOption::Source::MainConfig);
        p.value = set ? *set : (cf ? o.defaultValue : o.value);
        p.deprecated = o.deprecated;
        p.warning = o.warning;
        p.explanation = o.explanation;
        p.type = o.type;
        seen.insert(o.name);
        byGroup[PostfixParameters::groupOf(o.name)].append(p);
    }
    QList<Parameter> unknown;
    if (cf) {
        for (const PostfixParameter &set : cf->parameters()) {
            if (seen.contains(set.name))
                continue;
            seen.insert(set.name);
            Parameter p;
            p.name = set.name;
            p.value = cf->value(set.name).value_or(QByteArray());
            p.set = true;
            p.known = false;
            unknown.append(p);
        }
    }
    beginResetModel();
    m_groups.clear();
    for (const Group g : PostfixParameters::groups()) {
        QList<Parameter> rows = byGroup.value(g);
        if (rows.isEmpty())
            continue;
        std::sort(rows.begin(), rows.end(), [](const Parameter &a, const Parameter &b) { return a.name < b.name; });
        m_groups.append({PostfixParameters::groupName(g), rows});
    }
    if (!unknown.isEmpty())
        m_groups.append({tr("Not known to this Postfix"), unknown});
    endResetModel();
}

const PostfixParameterModel::Parameter *PostfixParameterModel::parameter(QByteArrayView name) const
{
    for (const GroupRows &g : m_groups) {
        for (const Parameter &p : g.rows) {
            if (p.name == name)
                return &p;
        }
    }
    return nullptr;
}

QModelIndex PostfixParameterModel::indexOf(QByteArrayView name) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int r = 0; r < m_groups[g].rows.size(); ++r) {
            if (m_groups[g].rows[r].name == name)
                return createIndex(r, 0, quintptr(g + 1));
        }
    }
    return {};
}

int PostfixParameterModel::changedCount() const
{
    int n = 0;
    for (const GroupRows &g : m_groups)
        n += int(std::count_if(g.rows.cbegin(), g.rows.cend(), [](const Parameter &p) { return p.changed(); }));
    return n;
}

QModelIndex PostfixParameterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PostfixParameterModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int PostfixParameterModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int PostfixParameterModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PostfixParameterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId) {
        const GroupRows &g = m_groups.at(index.row());
        if (role == Qt::DisplayRole && index.column() == Name)
            return g.title;
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == SearchTextRole)
            return g.title;
        return {};
    }
    const Parameter &p = m_groups.at(int(index.internalId() - 1)).rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return QString::fromUtf8(p.name);
        case Value:
            return QString::fromUtf8(p.value);
        case Default:
            return p.known ? QString::fromUtf8(p.defaultValue) : QString();
        }
        break;
    case Qt::FontRole:
        if (p.changed() || !p.known) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() != Name)
            break;
        if (!p.known)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (p.deprecated)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole: {
        QStringList lines {QString::fromUtf8(p.name)}; // the column may cut it
        if (!p.explanation.isEmpty())
            lines.append(p.explanation);
        if (!p.known)
            lines.append(tr("This Postfix does not know %1: postconf warns about it and ignores it.")
                    .arg(QString::fromUtf8(p.name)));
        if (p.deprecated)
            lines.append(tr("Deprecated: %1").arg(p.warning));
        lines.append(p.changed() ? tr("Changed from the default in main.cf.")
                : p.set          ? tr("Set in main.cf to the default.")
                                 : tr("Not set in main.cf: the default applies."));
        return lines.join(QLatin1Char('\n'));
    }
    case NameRole:
        return QString::fromUtf8(p.name);
    case ChangedRole:
        return p.changed() || !p.known;
    case SearchTextRole:
        return QString(QString::fromUtf8(p.name) + QLatin1Char(' ') + p.explanation);
    }
    return {};
}

QVariant PostfixParameterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Parameter");
    case Value:
        return tr("Value");
    case Default:
        return tr("Default");
    }
    return {};
}

PostfixParameterFilter::PostfixParameterFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void PostfixParameterFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void PostfixParameterFilter::setOnlyChanged(bool only)
{
    m_onlyChanged = only;
    invalidateRowsFilter();
}

bool PostfixParameterFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return false; // a group stays through its parameters (recursive filtering)
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyChanged && !index.data(PostfixParameterModel::ChangedRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    const QString haystack = index.data(PostfixParameterModel::SearchTextRole).toString();
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(
        words.cbegin(), words.cend(), [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); });
}

} // namespace Mailwarden
