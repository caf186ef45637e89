#pragma once

#include "formats/parseerror.h"
#include "formats/recorddocument.h"

#include <expected>
#include <optional>

namespace Mailwarden {

/// A qmail control file with one value per line (qmail-control(5)): lists such
/// as rcpthosts, locals, badmailfrom, and single values such as me, databytes,
/// smtpgreeting. qmail strips trailing blanks and skips '#' and blank lines in
/// lists; single-value files use their first line only. Lossless: the bytes are
/// kept, values are decoded on demand.
class QmailControl
{
public:
    /// How qmail reads the file, from its name (see kindForFileName()).
    enum class Kind { List, Text, Number };

    struct Value {
        QByteArray text; ///< trailing blanks removed
        int line = 0;
        friend bool operator==(const Value &, const Value &) = default;
    };

    /// Never fails (qmail reads any bytes); the fileName picks Kind and checks.
    static std::expected<QmailControl, ParseError> parse(QByteArrayView bytes, const QString &fileName = {});
    static Kind kindForFileName(const QString &fileName);

    QByteArray toBytes() const { return m_doc.toBytes(); }
    const RecordDocument &document() const { return m_doc; }
    Kind kind() const { return m_kind; }
    void setKind(Kind kind) { m_kind = kind; }

    /// Every value line (for Text and Number files qmail uses only the first).
    QList<Value> values() const;
    /// The value qmail uses for a single-value file: the first line.
    std::optional<QByteArray> value() const;
    /// Sets a single-value file: replaces the first value line, or adds one.
    bool setValue(QByteArrayView value);

    bool contains(QByteArrayView value) const;
    /// Appends \a value after the last value line; false when present or not one line.
    bool add(QByteArrayView value);
    /// Removes the first line holding \a value (case-insensitive for host lists).
    bool remove(QByteArrayView value);

    /// Warnings by file: host names (rcpthosts, locals, me, ...), addresses
    /// (badmailfrom), numbers (databytes, timeouts), extra lines in single-value files, duplicates.
    QList<Diagnostic> check() const;

private:
    std::optional<qsizetype> indexOf(QByteArrayView value) const;

    RecordDocument m_doc;
    Kind m_kind = Kind::List;
    QString m_name; ///< base file name, lowercased
};

} // namespace Mailwarden
