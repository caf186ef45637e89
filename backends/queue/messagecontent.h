#pragma once

#include "core/mtakind.h"

#include <QByteArray>
#include <QString>

#include <expected>

namespace Mailwarden {
class Host;
}

namespace Mailwarden::Queue {

/// One queued message's text for reading: the header, a blank line, the body
/// (as much of it as was asked for). Raw bytes: show them through
/// displayText(), a hostile message may carry control characters.
struct MessageContent {
    QByteArray text;
    qint64 bodyShown = 0; ///< bytes of the body in text
    qint64 bodySize = -1; ///< the whole body (or message, for qmail), when known
    bool truncated = false; ///< text ends before the message does
};

/// How much of a message the console reads at first ("Show all" reads up to kMaxMessageBytes).
inline constexpr qint64 kPreviewBytes = 64 * 1024;
inline constexpr qint64 kMaxMessageBytes = 16 * 1024 * 1024;

/// Reads message \a id from \a host's queue, at most \a maxBytes of it (of
/// the body for Sendmail, whose headers live in the control file). Postfix:
/// `sudo -n postcat -bh -q ID` (its header and body records as text);
/// Sendmail and qmail: the root-file helper's `queue-read`. Blocks: call it
/// off the GUI thread. An error says why (gone from the queue, no rule).
std::expected<MessageContent, QString> readMessageContent(
    Host &host, MtaKind mta, const QString &id, qint64 maxBytes = kPreviewBytes);

/// The header of a Sendmail control file: its H records without the
/// "?flags?" condition, continuation lines kept.
QByteArray sendmailHeader(QByteArrayView qf);

} // namespace Mailwarden::Queue
