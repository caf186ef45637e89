#pragma once

#include "remote/host.h"
#include "remote/hostprofile.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Mailwarden {

/// The hosts of the host list as a two-level tree: group folders (sorted)
/// holding their hosts, then the hosts without a group at the top level. Each
/// host row shows its connection state as an icon and in its tooltip.
class HostListModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    /// What the host list shows for a host (Host::State plus "key unknown").
    enum class Status { Disconnected, Connecting, Connected, Failed, KeyUnknown };
    Q_ENUM(Status)
    enum Role {
        NameRole = Qt::UserRole + 1,
        StatusRole,
        IsGroupRole,
        TargetRole,
        /// The host's queue alarms (QStringList, empty when none): QueueWatch's thresholds passed.
        QueueAlarmRole,
    };

    explicit HostListModel(QObject *parent = nullptr);

    void setProfiles(const QList<HostProfile> &profiles);
    QList<HostProfile> profiles() const { return m_profiles; }
    std::optional<HostProfile> profile(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &hostName) const;

    void setStatus(const QString &hostName, Status status, const QString &message = {});
    /// The queue alarms of \a hostName (empty: none); shown as a warning icon and in the tooltip.
    void setQueueAlarms(const QString &hostName, const QStringList &alarms);
    Status status(const QString &hostName) const;
    static Status statusFor(Host::State state);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct HostState {
        Status status = Status::Disconnected;
        QString message;
        QStringList alarms;
    };
    // Internal ids: 0 is a top-level row; g+1 is a host inside group g.
    static constexpr quintptr kTopLevel = 0;

    QString statusText(const HostState &state) const;
    const HostProfile *hostAt(const QModelIndex &index) const;

    QList<HostProfile> m_profiles;
    QStringList m_groups; ///< sorted, non-empty
    QHash<QString, QList<int>> m_groupMembers; ///< group → indexes into m_profiles
    QList<int> m_ungrouped;
    QHash<QString, HostState> m_states;
};

} // namespace Mailwarden
