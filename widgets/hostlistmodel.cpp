#include "hostlistmodel.h"

#include "core/displaytext.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace Mailwarden {

namespace {

// A small filled disc: the status icon (themes have no common set for these).
QIcon statusIcon(HostListModel::Status status)
{
    static QHash<int, QIcon> cache;
    const int key = int(status);
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;
    QColor fill;
    switch (status) {
    case HostListModel::Status::Connected:
        fill = QColor(0x2e, 0xa0, 0x43);
        break;
    case HostListModel::Status::Connecting:
        fill = QColor(0xe0, 0xa0, 0x20);
        break;
    case HostListModel::Status::Failed:
        fill = QColor(0xd0, 0x30, 0x30);
        break;
    case HostListModel::Status::KeyUnknown:
        fill = QColor(0x30, 0x70, 0xd0);
        break;
    case HostListModel::Status::Disconnected:
        fill = QColor(0x90, 0x90, 0x90);
        break;
    }
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(fill.darker(140), 2));
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(6, 6, 20, 20));
    painter.end();
    return *cache.insert(key, QIcon(pixmap));
}

} // namespace

HostListModel::HostListModel(QObject *parent) : QAbstractItemModel(parent) { }

void HostListModel::setProfiles(const QList<HostProfile> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    m_groups.clear();
    m_groupMembers.clear();
    m_ungrouped.clear();
    for (int i = 0; i < m_profiles.size(); ++i) {
        const QString &group = m_profiles[i].group;
        if (group.isEmpty()) {
            m_ungrouped.append(i);
            continue;
        }
        if (!m_groupMembers.contains(group))
            m_groups.append(group);
        m_groupMembers[group].append(i);
    }
    m_groups.sort(Qt::CaseInsensitive);
    endResetModel();
}

std::optional<HostProfile> HostListModel::profile(const QModelIndex &index) const
{
    if (const HostProfile *host = hostAt(index))
        return *host;
    return std::nullopt;
}

QModelIndex HostListModel::indexOf(const QString &hostName) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<int> &members = m_groupMembers[m_groups[g]];
        for (int row = 0; row < members.size(); ++row) {
            if (m_profiles[members[row]].name == hostName)
                return createIndex(row, 0, quintptr(g + 1));
        }
    }
    for (int row = 0; row < m_ungrouped.size(); ++row) {
        if (m_profiles[m_ungrouped[row]].name == hostName)
            return createIndex(int(m_groups.size()) + row, 0, kTopLevel);
    }
    return {};
}

void HostListModel::setStatus(const QString &hostName, Status status, const QString &message)
{
    HostState &state = m_states[hostName];
    state.status = status;
    state.message = message;
    const QModelIndex row = indexOf(hostName);
    if (row.isValid())
        Q_EMIT dataChanged(row, row, {Qt::DecorationRole, Qt::ToolTipRole, StatusRole});
}

void HostListModel::setQueueAlarms(const QString &hostName, const QStringList &alarms)
{
    HostState &state = m_states[hostName];
    if (state.alarms == alarms)
        return;
    state.alarms = alarms;
    const QModelIndex row = indexOf(hostName);
    if (row.isValid())
        Q_EMIT dataChanged(row, row, {Qt::DecorationRole, Qt::ToolTipRole, QueueAlarmRole});
}

HostListModel::Status HostListModel::status(const QString &hostName) const
{
    return m_states.value(hostName).status;
}

HostListModel::Status HostListModel::statusFor(Host::State state)
{
    switch (state) {
    case Host::State::Connecting:
        return Status::Connecting;
    case Host::State::Connected:
        return Status::Connected;
    case Host::State::Failed:
        return Status::Failed;
    case Host::State::Disconnected:
        break;
    }
    return Status::Disconnected;
}

QModelIndex HostListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex HostListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int HostListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size() + m_ungrouped.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel || parent.row() >= m_groups.size())
        return 0;
    return int(m_groupMembers.value(m_groups[parent.row()]).size());
}

int HostListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const HostProfile *HostListModel::hostAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == kTopLevel) {
        const int row = index.row() - int(m_groups.size());
        return row >= 0 && row < m_ungrouped.size() ? &m_profiles[m_ungrouped[row]] : nullptr;
    }
    const QList<int> members = m_groupMembers.value(m_groups.value(int(index.internalId() - 1)));
    return index.row() < members.size() ? &m_profiles[members[index.row()]] : nullptr;
}

QString HostListModel::statusText(const HostState &state) const
{
    QString text;
    switch (state.status) {
    case Status::Disconnected:
        text = tr("Not connected");
        break;
    case Status::Connecting:
        text = tr("Connecting…");
        break;
    case Status::Connected:
        text = tr("Connected");
        break;
    case Status::Failed:
        text = tr("Connection failed");
        break;
    case Status::KeyUnknown:
        text = tr("Host key not yet trusted");
        break;
    }
    return state.message.isEmpty() ? text : tr("%1: %2").arg(text, state.message);
}

QVariant HostListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const HostProfile *host = hostAt(index);
    if (!host) { // a group folder
        const QString group = m_groups.value(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return group;
        case Qt::DecorationRole:
            return QIcon::fromTheme(QStringLiteral("folder"));
        case IsGroupRole:
            return true;
        default:
            return {};
        }
    }
    const HostState state = m_states.value(host->name);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return host->name;
    case Qt::ToolTipRole:
        // The status may quote the host (an SSH banner, an error): no controls in a tooltip.
        if (!state.alarms.isEmpty())
            return tr("%1\n%2\nQueue alarm: %3")
                .arg(host->target(), displayText(statusText(state), LineBreaks::Join),
                    state.alarms.join(QStringLiteral("; ")));
        return tr("%1\n%2").arg(host->target(), displayText(statusText(state), LineBreaks::Join));
    case Qt::DecorationRole:
        if (!state.alarms.isEmpty())
            return QIcon::fromTheme(
                QStringLiteral("dialog-warning"), QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        return statusIcon(state.status);
    case QueueAlarmRole:
        return state.alarms;
    case StatusRole:
        return QVariant::fromValue(state.status);
    case TargetRole:
        return host->target();
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

} // namespace Mailwarden
