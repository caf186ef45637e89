#pragma once

#include "queuemessage.h"

#include <QList>
#include <QStringList>

namespace Mailwarden::Queue {

/// Postfix's qshape view of a queue: for each domain, how many recipients
/// (or senders) wait, split into age buckets. The buckets follow qshape: the
/// first holds what is younger than firstMinutes, each next one reaches twice
/// as far, the last holds everything older. Domains are lower case, a null
/// sender counts as MAILER-DAEMON, as in qshape; the TOTAL row comes first,
/// then domains by count (ties by name).
struct QueueShape {
    enum class By { RecipientDomain, SenderDomain };

    struct Row {
        QString domain;
        qint64 total = 0;
        QList<qint64> buckets;

        friend bool operator==(const Row &, const Row &) = default;
    };

    /// Bucket headings: "5", "10", … "1280+" (minutes), as qshape prints them.
    QStringList headings;
    QList<Row> rows;

    static QueueShape of(
        const QList<QueueMessage> &messages, By by, qint64 now, int firstMinutes = 5, int bucketCount = 10);
    /// The bucket (0-based) of a message \a ageSeconds old.
    static int bucketOf(qint64 ageSeconds, int firstMinutes, int bucketCount);
    /// qshape's domain of \a address ("MAILER-DAEMON" for the null sender).
    static QString domainOf(const QString &address);
};

} // namespace Mailwarden::Queue
