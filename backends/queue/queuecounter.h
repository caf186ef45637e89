#pragma once

#include "core/mtakind.h"

#include <QString>

#include <expected>
#include <optional>

namespace Mailwarden {
class Host;
}

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
