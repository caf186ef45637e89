#pragma once

#include "queuedump.h"
#include "queuemessage.h"

#include <QStringList>

#include <optional>

namespace Mailwarden::Queue {

/// What Sendmail's queue files tell of one message beyond QueueMessage.
struct SendmailQf {
    QueueMessage message;
    qint64 lastAttempt = 0; ///< K: seconds since the epoch; 0 before the first attempt
    QString quarantineReason; ///< q (hf files only)
};

/// Parses one Sendmail control file (qf, or hf when quarantined, Qf when
/// lost): one record per line, a line starting with a tab continues the one
/// before, "." ends it. T arrival, K last attempt, N tries, M the status of
/// the whole envelope (Sendmail keeps no reason per recipient in the queue, so
/// every recipient carries it), S sender, R recipients ("R<flags>:<address>"
/// since version 4 of the format, plain "R<address>" before), q quarantine
/// reason. The id and queue are set by the caller. Fails, with the line, on a
/// file that is not a control file (no T or no ".").
std::expected<SendmailQf, QString> parseSendmailQf(QByteArrayView content);

/// Sendmail's queue interval word as given to -q ("10m", "1h30m", "90" =
/// seconds), in seconds; nullopt when it is not one.
std::optional<qint64> parseSendmailInterval(QByteArrayView text);

/// When Sendmail tries a message next: the daemon runs the queue every
/// \a interval seconds, and a message tried at \a lastAttempt (0: never) is
/// taken at the first run after that, so about lastAttempt + interval, and
/// never before \a now. An estimate: the daemon's runs are not aligned to a
/// message's attempts, and MinQueueAge can skip it once more. 0 without an
/// interval (no queue-running daemon: only a manual run delivers).
qint64 sendmailNextRetry(qint64 lastAttempt, qint64 arrival, qint64 interval, qint64 now);

struct SendmailQueueListing {
    QList<QueueMessage> messages;
    QStringList directories; ///< the queue directories read
    qint64 interval = 0; ///< the daemon's queue run interval in seconds; 0 unknown
};

/// The messages of `mw-file queue-list sendmail`'s frames: qf files are in
/// the queue (Active while Sendmail holds their lock, Incoming before the
/// first attempt, else Deferred; in the MSP's directory, a "dir" frame with
/// 1 after it, Submission), hf files Quarantine (their reason shown), Qf
/// files Lost. Files that do not parse are \a problems (with the file),
/// never messages.
SendmailQueueListing sendmailMessagesFromDump(const QList<QueueDumpFrame> &frames, qint64 now, QStringList *problems);

/// Whether \a id can be a Sendmail queue id: letters and digits, 6 to 30.
bool isSendmailQueueId(QStringView id);

} // namespace Mailwarden::Queue
