#pragma once

#include "core/mtakind.h"

#include <QByteArrayList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <expected>
#include <optional>

namespace Mailwarden {
class Host;
class RemoteStream;
} // namespace Mailwarden

namespace Mailwarden::Queue {

/// How many messages wait, counted from the queue directories' names only
/// (`mw-file queue-count MTA`: no file is opened), so it is cheap enough to
/// run every minute on a queue of 100,000.
struct QueueCounts {
    qint64 total = 0;
    qint64 deferred = 0; ///< tried and waiting (Postfix deferred, Sendmail qf, qmail info)
    qint64 held = 0; ///< on hold / quarantined
    qint64 at = 0; ///< when counted, seconds since the epoch

    friend bool operator==(const QueueCounts &, const QueueCounts &) = default;
};

/// The helper's "total N", "deferred N", "held N" lines; nullopt when one is missing or not a number.
std::optional<QueueCounts> parseQueueCounts(QByteArrayView output);

/// Counts \a host's queue through the root-file helper. Blocks: call it off the GUI thread.
std::expected<QueueCounts, QString> countQueue(Host &host, MtaKind mta);

/// Counts a host's queue again and again over one command that keeps running
/// there (`mw-file queue-count MTA --every-ms N`): a refresh then costs the
/// directory walk only, not a sudo and a program start each time (about
/// 100 ms together on the lab). Deleting the follower stops the command.
class QueueCountFollower final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kShortest {200};

    /// \a every is kept within what the helper accepts (200 ms to an hour).
    QueueCountFollower(Host &host, MtaKind mta, std::chrono::milliseconds every, QObject *parent = nullptr);
    ~QueueCountFollower() override;

    /// Starts the command on the host; counts follow, the first at once.
    void start();

Q_SIGNALS:
    /// One count; \a hostMicros is how long the host took for it (-1: the
    /// host's Perl cannot time it).
    void counted(const Mailwarden::Queue::QueueCounts &counts, qint64 hostMicros);
    /// The command ended or could not start; no count follows. \a helperTooOld
    /// when the host's mw-file does not know --every-ms (prepared before it).
    void failed(const QString &error, bool helperTooOld);

private:
    void received(const QByteArrayList &lines);

    Host &m_host;
    MtaKind m_mta;
    std::chrono::milliseconds m_every;
    QPointer<RemoteStream> m_stream;
    QByteArray m_block;
    QByteArrayList m_errors;
};

/// When a host's queue needs the admin: each limit 0 means "not watched".
struct QueueThresholds {
    qint64 deferred = 0; ///< more deferred messages than this
    qint64 growthPerMinute = 0; ///< the queue grew by more than this per minute since the last count
    qint64 oldestMinutes = 0; ///< the oldest message (of the last full listing) is older than this

    bool isEmpty() const { return deferred <= 0 && growthPerMinute <= 0 && oldestMinutes <= 0; }
    friend bool operator==(const QueueThresholds &, const QueueThresholds &) = default;
};

/// What the thresholds say of a count: empty when all is well, else one
/// translated sentence per limit passed.
QStringList queueAlarms(const QueueThresholds &limits, const QueueCounts &now, const std::optional<QueueCounts> &before,
    qint64 oldestArrival);

} // namespace Mailwarden::Queue
