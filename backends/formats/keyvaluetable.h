#pragma once

#include "logicallinesplitter.h"
#include "parseerror.h"
#include "recorddocument.h"
#include "rowposition.h"

#include <QList>

#include <expected>
#include <optional>

namespace Mailwarden {

/// How a key/value table is written.
struct KeyValueOptions {
    LogicalLineOptions lines; ///< continuation and comments
    bool quotedKeys = false; ///< Postfix 3.x: "key with spaces" value
    bool caseSensitiveKeys = false; ///< lookups of find()/setValue()/removeEntry()
    QByteArray defaultSeparator = "\t"; ///< for new entries when the file has none to copy
    bool warnDuplicates = true; ///< off for first-match tables (cidr)
};

/// One entry of a KeyValueTable, decoded.
struct KeyValueEntry {
    QByteArray key; ///< unquoted, unescaped
    QByteArray value; ///< logical value: continuation lines joined, comments dropped
    int line = 0; ///< first physical line, from 1
    qsizetype index = 0; ///< record index in document()
    bool unbalancedQuote = false;
    friend bool operator==(const KeyValueEntry &, const KeyValueEntry &) = default;
};

/// The raw split of one entry record, as offsets into its text.
struct KeyValueSplit {
    qsizetype keyBegin = 0, keyEnd = 0; ///< raw key, quotes included
    qsizetype valueBegin = 0; ///< separator is [keyEnd, valueBegin)
    QByteArray key; ///< decoded
    bool unbalancedQuote = false;
};

/// The shared lossless core of "key whitespace value" tables: Postfix lookup
/// tables, sendmail makemap sources, dynamicmaps.cf. Keeps the file's bytes
/// (RecordDocument) and decodes entries on demand, so a million-line table costs
/// one 24-byte record per line. Edits touch only the entry's own lines and new
/// entries copy the file's separator style.
class KeyValueTable
{
public:
    KeyValueTable() = default;

    /// Never fails for a table file (postmap itself only warns), but keeps the
    /// expected<> shape of every parser.
    static std::expected<KeyValueTable, ParseError> parse(
        const QByteArray &bytes, const QString &fileName, const KeyValueOptions &options = {});

    /// Splits an entry's text into key, separator and value; see KeyValueSplit.
    static KeyValueSplit split(QByteArrayView text, bool quotedKeys);

    QByteArray toBytes() const { return m_doc.toBytes(); }
    const RecordDocument &document() const { return m_doc; }
    const KeyValueOptions &options() const { return m_options; }

    /// Every entry in file order (decodes the whole file: O(n)).
    QList<KeyValueEntry> entries() const;
    qsizetype entryCount() const;
    /// The first entry with \a key.
    std::optional<KeyValueEntry> find(QByteArrayView key) const;
    /// The entry decoded from record \a index.
    KeyValueEntry entryAt(qsizetype index) const;

    /// Appends "key<sep>value" after the last entry; false when \a key exists.
    bool addEntry(QByteArrayView key, QByteArrayView value);
    /// Inserts "key<sep>value" at \a position (RowPosition::Last: like addEntry);
    /// false when \a key exists or the position's anchor does not.
    bool insertEntry(QByteArrayView key, QByteArrayView value, const RowPosition &position);
    /// Moves the first entry with \a key, with the comment lines right above it,
    /// to \a position; every other byte stays. False when a key is missing.
    bool moveEntry(QByteArrayView key, const RowPosition &position);
    /// Replaces the value of the first entry with \a key, keeping key and separator bytes.
    bool setValue(QByteArrayView key, QByteArrayView value);
    /// Removes the first entry with \a key (its lines only, not the comments before it).
    bool removeEntry(QByteArrayView key);

    /// Warnings every table shares: orphan continuation lines, keys without
    /// value, unbalanced quotes, duplicate keys.
    QList<Diagnostic> commonDiagnostics() const;

    /// The key as written in a file: quoted when it holds blanks, quotes or backslashes.
    QByteArray encodeKey(QByteArrayView key) const;

private:
    bool keysEqual(QByteArrayView a, QByteArrayView b) const;
    std::optional<qsizetype> indexOf(QByteArrayView key) const;

    RecordDocument m_doc;
    KeyValueOptions m_options;
};

} // namespace Mailwarden
