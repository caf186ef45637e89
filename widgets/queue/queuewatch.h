#pragma once

#include "core/mtakind.h"
#include "pages/backgroundloads.h"
#include "queue/queuecounter.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

class QTimer;

namespace Mailwarden {

class Host;
class HostConnections;

/// Watches the queues of the connected hosts that have alarm thresholds: one
/// command per host keeps running there and counts the queue every interval
/// (QueueCountFollower: directory entries only, no listing; hosts whose helper
/// is older are counted by one command per interval), and the thresholds (more deferred messages than N, growth per
/// minute, the oldest message's age from the Queue tab's last listing) say
/// whether the admin is needed. Thresholds are kept per host in QSettings.
class QueueWatch final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 60'000;

    explicit QueueWatch(HostConnections &connections, QObject *parent = nullptr);
    ~QueueWatch() override;

    static Queue::QueueThresholds thresholds(const QString &host);
    static void setThresholds(const QString &host, const Queue::QueueThresholds &limits);

    /// The MTA of \a host, once its survey knows it: only then is it counted.
    void setMta(const QString &host, MtaKind mta);
    /// The arrival of the oldest message the Queue tab listed (0: none).
    void setOldestArrival(const QString &host, qint64 arrival);
    void setInterval(int ms);
    QStringList alarms(const QString &host) const { return m_alarms.value(host); }
    std::optional<Queue::QueueCounts> lastCounts(const QString &host) const;

public Q_SLOTS:
    /// Counts every watched host now (also every interval).
    void check();

Q_SIGNALS:
    /// \a alarms changed for \a host (empty: all is well again).
    void alarmsChanged(const QString &host, const QStringList &alarms);
    /// A count failed (no helper, no connection): said once per host until it works again.
    void countFailed(const QString &host, const QString &error);

private:
    void follow(const QString &host, Host &connection, MtaKind mta);
    void stopFollowing(const QString &host);
    void countOnce(const QString &host, Host &connection, MtaKind mta);
    void counted(const QString &host, const std::expected<Queue::QueueCounts, QString> &counts);

    HostConnections &m_connections;
    QTimer *m_timer;
    QHash<QString, MtaKind> m_mta;
    QHash<QString, qint64> m_oldest;
    QHash<QString, Queue::QueueCounts> m_last;
    QHash<QString, QStringList> m_alarms;
    QHash<QString, QString> m_failed;
    QSet<QString> m_counting;
    struct Follower {
        Queue::QueueCountFollower *counter = nullptr;
        Host *connection = nullptr;
    };
    QHash<QString, Follower> m_followers;
    QSet<QString> m_oldHelper; ///< hosts whose mw-file cannot follow: counted once per interval
    BackgroundLoads m_loads; ///< last: destroyed first, waiting for counts still running
};

} // namespace Mailwarden
