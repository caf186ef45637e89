#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace Mailwarden::Queue {

/// What qmail-send last logged about one recipient of a message.
struct QmailLogReason {
    /// The deferral report, readable: qmail-send writes a blank (and any
    /// other byte outside '!'…'~', and '%') as '_' and a line end as '/';
    /// here '_' is a blank again, and the report's lines, without blanks at
    /// either end, are joined by one blank. A byte qmail-send never writes
    /// there (a control character, 8-bit) shows as U+FFFD.
    QString text;
    qint64 time = 0; ///< when it was logged (the line's TAI64N stamp), seconds since the epoch; 0 without one

    friend bool operator==(const QmailLogReason &, const QmailLogReason &) = default;
};

/// The per-recipient deferral reasons in a tail of qmail-send's log
/// (multilog's `current`: each line "@TAI64N TEXT", or TEXT alone when
/// multilog runs without `t`). qmail keeps no reason in its queue; only this
/// log says why a recipient waits. The lines that count:
///   - `new msg ID`: a message with this id (its inode) is queued; whatever
///     the log said about an earlier message with the same inode is dropped.
///   - `starting delivery D: msg ID to local|remote ADDRESS`
///   - `delivery D: deferral: TEXT`: ADDRESS's reason in message ID; the
///     latest one wins.
///   - `delivery D: success: …` / `failure: …`: ADDRESS is done; its reason
///     is dropped.
///   - `end msg ID`: the message left the queue.
/// Everything else (status lines, junk, a delivery never started in this
/// tail) is skipped. Pure, no I/O; memory grows with the input only.
class QmailLogReasons final
{
public:
    /// Parses \a log. \a cutAtStart: the bytes start inside the log, so the
    /// first line is only the end of one and is skipped.
    static QmailLogReasons parse(QByteArrayView log, bool cutAtStart);

    /// The latest deferral of \a address (UTF-8, as the queue file has it)
    /// in message \a id, or nullptr when the log says none (since that
    /// message's `new msg`).
    const QmailLogReason *find(QByteArrayView id, QByteArrayView address) const;
    /// Messages with at least one reason.
    qsizetype messageCount() const { return m_messages.size(); }

    /// \a address as qmail-send logs it (its logsafe()): '\n' as '/', '%'
    /// and bytes outside '!'…'~' as '_'.
    static QByteArray loggedForm(QByteArrayView address);

    /// The longest reason kept, in characters; longer ones are cut.
    static constexpr qsizetype kMaxReasonLength = 1000;

private:
    // message id -> address as logged -> its latest deferral
    QHash<QByteArray, QHash<QByteArray, QmailLogReason>> m_messages;
};

} // namespace Mailwarden::Queue
