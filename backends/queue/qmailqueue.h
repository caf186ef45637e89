#pragma once

#include "qmaillog.h"
#include "queuedump.h"
#include "queuemessage.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace Mailwarden::Queue {

/// qmail-send's two delivery channels (local/ and remote/ in the queue).
enum class QmailChannel : quint8 { Local, Remote };

/// qmail-send's default control/queuelifetime: one week.
inline constexpr qint64 kQmailDefaultLifetime = 604800;

/// When qmail-send tries a channel of a message next, as its schedule says.
struct QmailRetry {
    qint64 at = 0; ///< seconds since the epoch
    /// \a at is past birth + queuelifetime: qmail-send bounces at that attempt
    /// every recipient that fails again (temporarily or not), so it is the last.
    bool lastAttempt = false;

    friend bool operator==(const QmailRetry &, const QmailRetry &) = default;
};

/// qmail-send's retry schedule (notqmail qmail-send.c, nextretry()): an
/// attempt at time t schedules the next one at
/// birth + (isqrt(t - birth) + chanskip)², chanskip 10 for local and 20 for
/// remote. Undisturbed, the first attempt is at birth (preprocessing writes
/// info/ and tries at once) and every attempt then lands on a grid point
/// birth + (k·chanskip)²; this gives the smallest grid point after \a now
/// (k ≥ 1; birth + chanskip² when \a now is before \a birth, as qmail does).
/// A late attempt stays on the grid: isqrt rounds down, so an attempt up to
/// 2·k·chanskip seconds late still computes the same next point.
///
/// It is an estimate: an ALRM (qmail-tcpok/flush, `svc -a`) makes qmail-send
/// try every message at once, and from that attempt on the schedule runs on
/// birth + (isqrt(t - birth) + j·chanskip)², off this grid; the exact time
/// lives only in qmail-send's memory. Only while qmail-send is stopped is it
/// on disk: pqfinish() writes it as the local/ and remote/ file's mtime
/// (qmailMessagesFromDump() takes a channel file's mtime in the future as that
/// time). \a birth is info/'s mtime (not the arrival through SMTP but the
/// preprocessing, normally the same second).
QmailRetry qmailNextRetry(qint64 birth, QmailChannel channel, qint64 now, qint64 lifetime = kQmailDefaultLifetime);

/// The entries of a bounce/ file: qmail-send appends "<recipient>:\n", the
/// failure report (a blank line inside it written as "/") and a blank line
/// per permanent failure. Each entry as the recipient and its report (lines
/// joined by '\n', trailing newlines dropped). Text outside that shape is
/// skipped.
QList<QueueRecipient> qmailBounceReports(QByteArrayView bounce);

/// The messages in qmail's queue from the root helper's frames (`mw-file
/// queue-list qmail`, parseQueueDump()):
///  - one message per info frame, in the frames' order: queue Deferred (the
///    preprocessed queue), arrival the info mtime (qmail's birth), size the
///    frame's first extra number (mess/'s size, -1 when missing), sender the
///    info's F record (empty for the null sender), recipients the addresses
///    still NOT DONE (T records) of its local and remote frames, local first.
///    DONE (D) addresses, delivered or bounced, are left out (qmail-qread
///    shows them as "done"; nothing here counts them). nextRetry is the
///    earliest next attempt of the channels with pending addresses
///    (qmailNextRetry(), or the channel file's mtime when that is after \a
///    now), retryKind Estimate; 0/Unknown when nothing is pending.
///    forcedExpire is set when that attempt is past queuelifetime
///    (\a lifetime): what fails then is returned to the sender. tries is not
///    kept by qmail (-1). A bounce frame's failures (qmailBounceReports())
///    are not recipients: those addresses are DONE and wait only for the
///    bounce message, which the QueueMessage has no place for.
///  - one message per todo frame (queued, not yet preprocessed), queue Todo,
///    arrival the todo mtime, sender and recipients from the envelope's F and
///    T records (u, p and unknown records skipped, as qmail-send does), no
///    retry. An id with both todo and info is the todo one: qmail-send ignores
///    info until it has preprocessed the todo file again.
/// With \a log (the tail of qmail-send's log), each pending recipient's
/// reason is its latest deferral there (QmailLogReasons::find()), unless that
/// was logged before the message's birth (an earlier message with the same
/// inode whose `new msg` line the tail does not reach); todo messages have
/// none (not tried yet).
/// What is wrong (info or todo without an F record, a record without its NUL
/// terminator, an unknown record type in a channel file, a channel or bounce
/// frame for an id without info or todo, an id that is not a number, a frame
/// twice, an unknown frame kind) goes to \a problems, translated and naming
/// the id; at most kMaxQmailProblems lines, then one that counts the rest.
/// Never throws; the result is no larger than the frames. Senders and
/// addresses that repeat share their string data.
QList<QueueMessage> qmailMessagesFromDump(const QList<QueueDumpFrame> &frames, qint64 now, QStringList *problems,
    qint64 lifetime = kQmailDefaultLifetime, const QmailLogReasons *log = nullptr);

inline constexpr qsizetype kMaxQmailProblems = 100;

} // namespace Mailwarden::Queue
