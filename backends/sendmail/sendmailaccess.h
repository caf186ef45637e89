#pragma once

#include "sendmailmap.h"

namespace Mailwarden {

/// /etc/mail/access: a makemap source whose keys carry an optional tag
/// ("Connect:", "From:", "To:", "Spam:", "GreetPause:", "ClientRate:", ...; an
/// address may be "IPv6:"-prefixed) and whose values are actions (OK, RELAY,
/// REJECT, DISCARD, SKIP, ERROR:"550 text", QUARANTINE:reason, or a number for
/// GreetPause/ClientRate/ClientConn). Lossless like SendmailMap; an unknown action
/// or tag, a bad address or a duplicate key is a warning, never a parse error.
class SendmailAccess
{
public:
    /// One entry, decoded.
    struct Entry {
        QByteArray tag; ///< "Connect", "From", ... without ':'; empty for untagged keys
        QByteArray target; ///< the key without its tag: address, domain, IP prefix
        QByteArray action; ///< the right-hand side as written
        int line = 0;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    static std::expected<SendmailAccess, ParseError> parse(QByteArrayView bytes, const QString &fileName = {});

    QByteArray toBytes() const { return m_map.toBytes(); }
    const SendmailMap &map() const { return m_map; }

    QList<Entry> entries() const;
    /// The entry with the full key \a key ("Connect:10.1.2", case-insensitive).
    std::optional<Entry> find(QByteArrayView key) const;

    /// Adds "key<sep>action" after the last entry, in the file's column style.
    bool addEntry(QByteArrayView key, QByteArrayView action) { return m_map.addEntry(key, action); }
    bool insertEntry(QByteArrayView key, QByteArrayView action, const RowPosition &position)
    {
        return m_map.insertEntry(key, action, position);
    }
    bool moveEntry(QByteArrayView key, const RowPosition &position) { return m_map.moveEntry(key, position); }
    /// Changes the action of \a key on its own line only.
    bool setAction(QByteArrayView key, QByteArrayView action) { return m_map.setValue(key, action); }
    bool removeEntry(QByteArrayView key) { return m_map.removeEntry(key); }

    /// Splits a full key into tag and target ("Connect:IPv6:1::2" -> "Connect", "IPv6:1::2").
    static std::pair<QByteArray, QByteArray> splitKey(QByteArrayView key);
    /// True for the actions sendmail's access rulesets know for \a tag.
    static bool isKnownAction(QByteArrayView tag, QByteArrayView action);

    /// Duplicate keys, unknown tags and actions, malformed ERROR: codes, bad addresses.
    QList<Diagnostic> check() const;

private:
    QList<Diagnostic> checkEntry(const Entry &entry, int actionColumn) const;

    SendmailMap m_map;
};

} // namespace Mailwarden
