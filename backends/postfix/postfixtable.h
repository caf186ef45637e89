#pragma once

#include "formats/keyvaluetable.h"

namespace Mailwarden {

/// A Postfix lookup table in source form (access and its client/helo/sender/
/// recipient variants, virtual, transport, canonical, generic, relocated,
/// sasl_passwd, tls_policy, cidr, dynamicmaps.cf): `key whitespace value`,
/// continuation lines, comments, `"quoted keys"`. Lossless; edits touch only
/// the entry's own lines; new entries copy the file's separator and alignment.
class PostfixTable
{
public:
    enum class Kind { Generic, Cidr };

    /// Never fails (postmap only warns); Kind::Cidr when \a fileName ends in ".cidr".
    static std::expected<PostfixTable, ParseError> parse(const QByteArray &bytes, const QString &fileName);
    static std::expected<PostfixTable, ParseError> parse(const QByteArray &bytes, const QString &fileName, Kind kind);
    QByteArray toBytes() const { return m_table.toBytes(); }
    Kind kind() const { return m_kind; }
    const KeyValueTable &table() const { return m_table; }

    QList<KeyValueEntry> entries() const { return m_table.entries(); }
    std::optional<KeyValueEntry> find(QByteArrayView key) const { return m_table.find(key); }
    bool addEntry(QByteArrayView key, QByteArrayView value) { return m_table.addEntry(key, value); }
    bool insertEntry(QByteArrayView key, QByteArrayView value, const RowPosition &position)
    {
        return m_table.insertEntry(key, value, position);
    }
    bool moveEntry(QByteArrayView key, const RowPosition &position) { return m_table.moveEntry(key, position); }
    bool setValue(QByteArrayView key, QByteArrayView value) { return m_table.setValue(key, value); }
    bool removeEntry(QByteArrayView key) { return m_table.removeEntry(key); }

    /// Missing values, unbalanced quotes, duplicate keys (not for cidr: first match
    /// wins there by design), bad CIDR patterns and bad address keys.
    QList<Diagnostic> check() const;

private:
    KeyValueTable m_table;
    Kind m_kind = Kind::Generic;
};

} // namespace Mailwarden
