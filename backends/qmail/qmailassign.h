#pragma once

#include "formats/parseerror.h"
#include "formats/recorddocument.h"

#include <expected>
#include <optional>

namespace Mailwarden {

/// users/assign (qmail-users(5)), the source of qmail-newu:
/// "=local:user:uid:gid:homedir:dash:ext:" (exact address) and
/// "+prefix:user:uid:gid:homedir:dash:pre:" (wildcard), closed by a "." line.
/// There are no comments: any other line, or a line without its seven ':', is a
/// parse error. A missing "." is a warning (qmail-newu needs it).
class QmailAssign
{
public:
    struct Entry {
        char type = '='; ///< '=' exact, '+' wildcard
        QByteArray local; ///< address (=) or prefix (+)
        QByteArray user;
        QByteArray uid;
        QByteArray gid;
        QByteArray home;
        QByteArray dash; ///< "" or "-"
        QByteArray extension; ///< ext (=) or pre (+)
        int line = 0;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    static std::expected<QmailAssign, ParseError> parse(QByteArrayView bytes, const QString &fileName = {});
    /// "=local:user:uid:gid:home:dash:ext:"
    static QByteArray format(const Entry &entry);

    QByteArray toBytes() const { return m_doc.toBytes(); }
    const RecordDocument &document() const { return m_doc; }

    QList<Entry> entries() const;
    std::optional<Entry> find(char type, QByteArrayView local) const;
    bool hasTerminator() const;

    /// Adds \a entry before the "." line (adding that line when missing); false
    /// when type+local exists or a field holds ':' or a line break.
    bool addEntry(const Entry &entry);
    /// Replaces the line with the same type and local.
    bool setEntry(const Entry &entry);
    bool removeEntry(char type, QByteArrayView local);

    /// Warnings: no final ".", lines after it, duplicates, non-numeric ids, relative home.
    QList<Diagnostic> check() const;

private:
    static std::optional<Entry> decode(QByteArrayView text);
    static bool isValid(const Entry &entry);
    std::optional<qsizetype> indexOf(char type, QByteArrayView local) const;
    qsizetype terminator() const; ///< record index of ".", or -1

    RecordDocument m_doc;
};

} // namespace Mailwarden
