#include "queuewatch.h"

#include "remote/host.h"
#include "remote/hostconnections.h"

#include <QSettings>
#include <QtConcurrentRun>
#include <QTimer>

namespace Mailwarden {

namespace {

QString key(const QString &host, const char *what)
{
    return QStringLiteral("queueAlarms/%1/%2").arg(host, QLatin1String(what));
}

} // namespace

QueueWatch::QueueWatch(HostConnections &connections, QObject *parent)
    : QObject(parent), m_connections(connections), m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &QueueWatch::check);
    m_timer->start();
}

QueueWatch::~QueueWatch() = default;

Queue::QueueThresholds QueueWatch::thresholds(const QString &host)
{
    const QSettings settings;
    Queue::QueueThresholds limits;
    limits.deferred = settings.value(key(host, "deferred"), 0).toLongLong();
    limits.growthPerMinute = settings.value(key(host, "growthPerMinute"), 0).toLongLong();
    limits.oldestMinutes = settings.value(key(host, "oldestMinutes"), 0).toLongLong();
    return limits;
}

void QueueWatch::setThresholds(const QString &host, const Queue::QueueThresholds &limits)
{
    QSettings settings;
    settings.setValue(key(host, "deferred"), limits.deferred);
    settings.setValue(key(host, "growthPerMinute"), limits.growthPerMinute);
    settings.setValue(key(host, "oldestMinutes"), limits.oldestMinutes);
}

void QueueWatch::setMta(const QString &host, MtaKind mta)
{
    if (mta == MtaKind::Unknown || m_mta.value(host, MtaKind::Unknown) == mta)
        return;
    m_mta.insert(host, mta);
    m_last.remove(host); // another MTA (or a new survey): growth starts over
    m_oldHelper.remove(host);
    stopFollowing(host);
    check();
}

void QueueWatch::setOldestArrival(const QString &host, qint64 arrival)
{
    m_oldest.insert(host, arrival);
}

void QueueWatch::setInterval(int ms)
{
    m_timer->setInterval(ms);
    for (const QString &host : m_followers.keys())
        stopFollowing(host); // they count at the old interval
    check();
}

std::optional<Queue::QueueCounts> QueueWatch::lastCounts(const QString &host) const
{
    const auto it = m_last.constFind(host);
    if (it == m_last.constEnd())
        return std::nullopt;
    return *it;
}

void QueueWatch::check()
{
    for (auto it = m_mta.cbegin(); it != m_mta.cend(); ++it) {
        const QString host = it.key();
        Host *connection = m_connections.existing(host);
        if (thresholds(host).isEmpty() || !connection || connection->state() != Host::State::Connected) {
            // Not watched (any more), or not connected: no stale alarm stays.
            stopFollowing(host);
            if (!m_alarms.value(host).isEmpty()) {
                m_alarms.remove(host);
                Q_EMIT alarmsChanged(host, {});
            }
            continue;
        }
        if (m_oldHelper.contains(host))
            countOnce(host, *connection, it.value());
        else if (m_followers.value(host).connection != connection)
            follow(host, *connection, it.value());
    }
}

void QueueWatch::follow(const QString &host, Host &connection, MtaKind mta)
{
    stopFollowing(host);
    auto *counter
        = new Queue::QueueCountFollower(connection, mta, std::chrono::milliseconds(m_timer->interval()), this);
    m_followers.insert(host, {counter, &connection});
    connect(counter, &Queue::QueueCountFollower::counted, this,
        [this, host](const Queue::QueueCounts &counts) { counted(host, counts); });
    connect(counter, &Queue::QueueCountFollower::failed, this,
        [this, host, counter, mta](const QString &error, bool helperTooOld) {
            if (m_followers.value(host).counter != counter)
                return;
            Host *followed = m_followers.value(host).connection;
            stopFollowing(host); // the next check starts it again
            if (followed != m_connections.existing(host) || followed->state() != Host::State::Connected)
                return; // disconnected: not a failure of the count
            if (helperTooOld) {
                m_oldHelper.insert(host);
                countOnce(host, *followed, mta);
                return;
            }
            counted(host, std::unexpected(error));
        });
    counter->start();
}

void QueueWatch::stopFollowing(const QString &host)
{
    const Follower follower = m_followers.take(host);
    if (follower.counter)
        follower.counter->deleteLater(); // its stream goes with it and stops the command
}

void QueueWatch::countOnce(const QString &host, Host &connection, MtaKind mta)
{
    if (m_counting.contains(host))
        return; // the last count still runs (a slow host): never pile them up
    m_counting.insert(host);
    Host *target = &connection;
    m_loads.track(QtConcurrent::run([target, mta] { return Queue::countQueue(*target, mta); }))
        .then(this, [this, host](const std::expected<Queue::QueueCounts, QString> &counts) {
            m_counting.remove(host);
            counted(host, counts);
        });
}

void QueueWatch::counted(const QString &host, const std::expected<Queue::QueueCounts, QString> &counts)
{
    if (!counts) {
        if (m_failed.value(host) != counts.error()) {
            m_failed.insert(host, counts.error());
            Q_EMIT countFailed(host, counts.error());
        }
        return;
    }
    m_failed.remove(host);
    const auto before = lastCounts(host);
    m_last.insert(host, *counts);
    const QStringList alarms = Queue::queueAlarms(thresholds(host), *counts, before, m_oldest.value(host));
    if (alarms != m_alarms.value(host)) {
        m_alarms.insert(host, alarms);
        Q_EMIT alarmsChanged(host, alarms);
    }
}

} // namespace Mailwarden
