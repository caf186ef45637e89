#pragma once

#include <QDebug>
#include <QList>
#include <QString>

namespace Mailwarden::Queue {

/// Where a message waits. Postfix's queues by their own names; Sendmail's
/// queue directories are Deferred, quarantined (hf) and lost (Qf) files have
/// their own; qmail's messages not yet preprocessed are Todo.
enum class QueueName : quint8 {
    Maildrop,
    Incoming,
    Active,
    Deferred,
    Hold,
    Corrupt,
    Quarantine,
    Lost,
    Todo,
    /// Sendmail's submission queue (the MSP's clientmqueue): handed in on the
    /// host, not yet taken by the MTA (Postfix's counterpart is Maildrop)
    Submission,
    Other,
};

/// The stable, untranslated key ("deferred"): CLI arguments, JSON, filters.
QString queueKey(QueueName queue);
/// \a key as a queue; Other for an unknown key.
QueueName queueFromKey(QByteArrayView key);
/// Every key that queueFromKey() knows, in queue order.
QStringList queueKeys();
/// The queue's name for people, translated.
QString queueDisplayName(QueueName queue);

/// How sure the next retry time is: Postfix's deferred file says it exactly;
/// Sendmail and qmail give it from their schedules (an estimate).
enum class RetryKind : quint8 { Unknown, Exact, Estimate };

struct QueueRecipient {
    QString address;
    /// Why delivery to this recipient waits ("connect to …: Connection refused"); empty when not said.
    QString reason;

    friend bool operator==(const QueueRecipient &, const QueueRecipient &) = default;
};

/// One message in an MTA's queue, as the queue listing tells it. Strings that
/// repeat across messages (reasons, senders) share their data when the
/// parser hands them out, so 100,000 deferred messages with one reason hold
/// that reason once.
struct QueueMessage {
    QString id;
    QString sender; ///< empty for the null sender (bounces)
    QList<QueueRecipient> recipients;
    qint64 arrival = 0; ///< seconds since the epoch, UTC; 0 when unknown
    qint64 size = -1; ///< bytes; -1 when unknown
    qint64 nextRetry = 0; ///< seconds since the epoch; 0 when unknown
    /// The last delivery attempt, seconds since the epoch; 0 when unknown or
    /// none yet (Sendmail's qf `K`; qmail: its latest deferral in the log;
    /// Postfix's listing does not say)
    qint64 lastAttempt = 0;
    qint32 tries = -1; ///< delivery attempts so far; -1 when unknown
    QueueName queue = QueueName::Other;
    RetryKind retryKind = RetryKind::Unknown;
    /// Returned to the sender at the next attempt if that fails: Postfix's
    /// `postsuper -e`; qmail's next attempt past queuelifetime.
    bool forcedExpire = false;

    /// The first reason any recipient gives: what a one-line view shows.
    QString reason() const;

    friend bool operator==(const QueueMessage &, const QueueMessage &) = default;
};

/// The domain of \a address (after the last '@', lower case); empty without one.
QString addressDomain(const QString &address);

QDebug operator<<(QDebug debug, const QueueMessage &message);

} // namespace Mailwarden::Queue

// Both hold only implicitly shared Qt values and numbers: a QList of 100,000
// messages grows by moving memory instead of moving each message (a batch
// arriving into a long list cost the GUI thread 33 ms that way).
Q_DECLARE_TYPEINFO(Mailwarden::Queue::QueueRecipient, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailwarden::Queue::QueueMessage, Q_RELOCATABLE_TYPE);
