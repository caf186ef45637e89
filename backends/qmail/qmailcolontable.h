#pragma once

#include "formats/parseerror.h"
#include "formats/recorddocument.h"

#include <expected>
#include <optional>

namespace Mailwarden {

/// The lossless core of qmail's "key:rest" control files (virtualdomains,
/// smtproutes): '#' comment lines, blank lines, trailing blanks ignored by qmail
/// (and kept here); the key ends at the first ':' and is matched
/// case-insensitively, as qmail's constmap does. A line without ':' is a parse
/// error. QmailVirtualDomains and QmailSmtpRoutes decode the rest.
class QmailColonTable
{
public:
    struct Line {
        QByteArray key;
        QByteArray rest; ///< after the first ':', trailing blanks removed
        int line = 0;
        qsizetype index = 0; ///< record index in document()
        friend bool operator==(const Line &, const Line &) = default;
    };

    static std::expected<QmailColonTable, ParseError> parse(QByteArrayView bytes, const QString &fileName);

    QByteArray toBytes() const { return m_doc.toBytes(); }
    const RecordDocument &document() const { return m_doc; }

    QList<Line> lines() const;
    std::optional<Line> find(QByteArrayView key) const;

    /// Adds "key:rest" after the last entry whose key is not empty (the ":..."
    /// default stays last); false when \a key exists or the text would break the format.
    bool add(QByteArrayView key, QByteArrayView rest);
    /// Replaces what follows "key:" on the line of \a key.
    bool setRest(QByteArrayView key, QByteArrayView rest);
    bool remove(QByteArrayView key);

    /// Warnings for duplicate keys (qmail uses the first).
    QList<Diagnostic> duplicates() const;

private:
    std::optional<qsizetype> indexOf(QByteArrayView key) const;
    Line lineAt(qsizetype index) const;

    RecordDocument m_doc;
};

} // namespace Mailwarden
