#pragma once

#include "formats/parseerror.h"
#include "formats/recorddocument.h"

#include <expected>
#include <optional>

namespace Mailwarden {

/// A .qmail file (dot-qmail(5)): one delivery instruction per line, read by
/// qmail-local. "#" comment, "|command" program, "/path" or "./path" mbox,
/// ".../" maildir, "&address" or a bare address starting with a letter or digit
/// (forward). Trailing blanks are allowed. A forward with blanks, angle brackets,
/// a comment or an unqualified domain ("&me@new"), or a line qmail-local cannot
/// read, is a parse error at its column.
class QmailDotQmail
{
public:
    enum class Kind { Comment, Program, Mbox, Maildir, Forward };

    struct Delivery {
        Kind kind = Kind::Comment;
        QByteArray text; ///< the line as written, trailing blanks removed
        QByteArray target; ///< command, path or address (without '|', '&')
        int line = 0;
        friend bool operator==(const Delivery &, const Delivery &) = default;
    };

    static std::expected<QmailDotQmail, ParseError> parse(QByteArrayView bytes, const QString &fileName = {});
    /// Reads one line; on error, the column (from 1) and message.
    static std::expected<Delivery, std::pair<int, QString>> parseLine(QByteArrayView line);

    QByteArray toBytes() const { return m_doc.toBytes(); }
    const RecordDocument &document() const { return m_doc; }

    /// Every non-blank line, comments included, in file order.
    QList<Delivery> deliveries() const;

    /// Appends \a line after the last instruction; false when it does not parse.
    bool addDelivery(QByteArrayView line);
    /// Replaces the first line whose text is \a oldLine.
    bool setDelivery(QByteArrayView oldLine, QByteArrayView newLine);
    bool removeDelivery(QByteArrayView line);

    /// Warnings: blank first line, unqualified forwards, duplicate instructions.
    QList<Diagnostic> check() const;

private:
    std::optional<qsizetype> indexOf(QByteArrayView line) const;

    RecordDocument m_doc;
};

} // namespace Mailwarden
