#pragma once

#include "queuemessage.h"
#include "stringpool.h"

#include <QByteArrayView>

#include <expected>

namespace Mailwarden::Queue {

/// Reads Postfix's `postqueue -j`: one JSON object per line, one line per
/// queue file (queue_name, queue_id, arrival_time, message_size,
/// forced_expire, sender, recipients[{address, delay_reason}]).
///
/// A small scanner of its own instead of QJsonDocument: it makes no DOM, takes
/// strings without escapes straight from the line, and hands repeated strings
/// (the same reason, sender or recipient in thousands of messages) out as one
/// shared QString. Unknown keys are skipped whatever their value (newer
/// Postfix versions add some; 3.10 spells the flag `forced_expire`, a
/// snapshot `force_expired`: both count). One parser per stream, not
/// thread-safe.
class PostqueueJsonParser final
{
public:
    struct Error {
        qsizetype column = 0; ///< 1-based byte offset in the line
        QString message;
    };

    /// The message on \a line, or what is wrong with the line and where.
    std::expected<QueueMessage, Error> parseLine(QByteArrayView line);

    /// Distinct strings kept for sharing; bounded (the cache starts over when full).
    qsizetype internedStrings() const { return m_strings.size(); }
    /// Forgets the shared strings (the messages keep theirs): for the end of a stream.
    void releaseStrings() { m_strings.release(); }
    static constexpr qsizetype kMaxInterned = StringPool::kMaxStrings;

private:
    friend class JsonLineScanner;
    QString intern(QByteArrayView utf8);

    StringPool m_strings;
    QList<QueueRecipient> m_recipients; ///< the line's recipients while it is read
};

} // namespace Mailwarden::Queue
