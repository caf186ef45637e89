#pragma once

#include "qmailcolontable.h"

namespace Mailwarden {

/// control/virtualdomains: "domain:prepend", ".domain:prepend" (subdomains),
/// "user@domain:prepend" (one address) and ":prepend" (every other domain);
/// an empty prepend makes an exception. Lossless, see QmailColonTable.
class QmailVirtualDomains
{
public:
    struct Entry {
        QByteArray key; ///< domain, .domain, user@domain or empty
        QByteArray prepend; ///< local-part prefix, e.g. "joe-foo"
        int line = 0;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    static std::expected<QmailVirtualDomains, ParseError> parse(QByteArrayView bytes, const QString &fileName = {});

    QByteArray toBytes() const { return m_table.toBytes(); }
    const QmailColonTable &table() const { return m_table; }

    QList<Entry> entries() const;
    std::optional<Entry> find(QByteArrayView key) const;

    /// Adds "key:prepend" before the ":..." catch-all; false when the key exists.
    bool addEntry(QByteArrayView key, QByteArrayView prepend) { return m_table.add(key, prepend); }
    bool setPrepend(QByteArrayView key, QByteArrayView prepend) { return m_table.setRest(key, prepend); }
    bool removeEntry(QByteArrayView key) { return m_table.remove(key); }

    /// Duplicate keys, keys that are no domain/address, prepends with '@' or blanks.
    QList<Diagnostic> check() const;

private:
    QmailColonTable m_table;
};

} // namespace Mailwarden
