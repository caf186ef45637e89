#pragma once

#include "core/mtakind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace Mailwarden {
class Host;
}

namespace Mailwarden::Queue {

/// What an admin does to queued messages.
enum class ActionKind { Delete, Hold, Release, Requeue, Flush };

/// What became of one message.
struct MessageOutcome {
    enum class Kind {
        Done,
        /// The MTA left it as it was: it left the queue meanwhile (delivered,
        /// bounced, deleted by someone else) or already was in that state.
        /// Not a failure of the batch.
        Unchanged,
        Failed,
    };
    QString id;
    Kind kind = Kind::Done;
    QString detail; ///< the MTA's words for it
};

struct ActionResult {
    ActionKind kind = ActionKind::Delete;
    QList<MessageOutcome> messages; ///< empty for a flush of the whole queue
    QString commandLine; ///< what ran on the host, for the report
    QString output; ///< what it said (stdout and stderr)

    qsizetype count(MessageOutcome::Kind outcome) const;
    /// "12 removed, 1 unchanged" in the MTA's terms, translated.
    QString summary() const;
};

/// The action's name for buttons and reports ("Delete", "Hold", …), translated.
QString actionName(ActionKind kind);
/// Why \a kind cannot be done on \a mta's queue (yet), on selected messages
/// or on the \a wholeQueue; nullopt when it can.
std::optional<QString> actionUnavailable(ActionKind kind, MtaKind mta, bool wholeQueue = false);
/// Whether \a id can be a Postfix queue id: letters and digits, 6 to 32 of
/// them. Checked before an id reaches postsuper, whose stdin also takes the
/// word ALL (every message).
bool isPostfixQueueId(QStringView id);

/// Runs \a kind on \a ids in \a host's queue and says per message what
/// happened. Blocks: call it off the GUI thread. Postfix: delete, hold,
/// release and requeue are one `sudo -n postsuper -d|-h|-H|-r -` with the ids
/// on stdin (whose per-message lines say what it did); flush is `postqueue -f`
/// for the whole queue (\a ids empty) or `postqueue -i ID` per message.
/// qmail: flush of the whole queue is ALRM to qmail-send (`svc -a`); delete
/// and flush of selected messages are the root-file helper's queue-remove or
/// queue-retry qmail --pause-send with the ids on stdin: on the host it stops
/// qmail-send (svc -d, its lock within 30 s), changes the files and always
/// starts it again (svc -u), even when the connection breaks meanwhile; when
/// starting fails the error says so first. qmail has no hold, release or
/// requeue.
/// An error is returned when the command could not run at all.
std::expected<ActionResult, QString> runQueueAction(Host &host, MtaKind mta, ActionKind kind, const QStringList &ids);

} // namespace Mailwarden::Queue
