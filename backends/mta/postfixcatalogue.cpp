#include "postfixcatalogue.h"

#include <QHash>
#include <QSet>

namespace Mailwarden {

namespace {

using Group = CatalogueEntry::Group;

const QSet<QByteArray> &fileMapTypes()
{
    static const QSet<QByteArray> types {
        "hash", "btree", "lmdb", "cdb", "dbm", "sdbm", "regexp", "pcre", "cidr", "texthash"};
    return types;
}

const QSet<QByteArray> &queryMapTypes()
{
    static const QSet<QByteArray> types {"mysql", "pgsql", "ldap", "sqlite", "memcache", "mongodb"};
    return types;
}

// The list parameters where Postfix reads a "/file/name" entry as a file of
// more entries (postconf(5): domain and network lists).
bool acceptsListFiles(QByteArrayView parameter)
{
    static const QSet<QByteArray> lists {"mydestination", "relay_domains", "virtual_alias_domains",
        "virtual_mailbox_domains", "mynetworks", "permit_mx_backup_networks", "smtpd_client_event_limit_exceptions",
        "qmqpd_authorized_clients", "smtpd_authorized_xclient_hosts", "smtpd_authorized_xforward_hosts",
        "smtpd_authorized_verp_clients", "local_header_rewrite_clients", "fast_flush_domains", "debug_peer_list",
        "postscreen_access_list"};
    return lists.contains(parameter.toByteArray());
}

// Parameters that list maps without using them as tables of their own.
bool isInternal(QByteArrayView parameter)
{
    return parameter == "proxy_read_maps" || parameter == "proxy_write_maps" || parameter == "address_verify_map"
        || parameter == "postscreen_cache_map" || parameter.endsWith("_cache_database")
        || parameter == "tls_random_source";
}

Group groupOf(QByteArrayView parameter)
{
    if (parameter == "alias_maps" || parameter == "alias_database" || parameter == "virtual_alias_maps")
        return Group::Aliases;
    if (parameter.startsWith("smtpd_") && parameter.endsWith("_restrictions"))
        return Group::AccessAndRelay;
    if (parameter == "mynetworks" || parameter.startsWith("relay_") || parameter == "smtpd_restriction_classes"
        || parameter == "smtpd_sender_login_maps" || parameter.startsWith("postscreen_")
        || parameter == "local_recipient_maps" || parameter == "permit_mx_backup_networks"
        || parameter == "smtpd_client_event_limit_exceptions")
        return Group::AccessAndRelay;
    if (parameter.endsWith("header_checks") || parameter.endsWith("body_checks"))
        return Group::HeaderBodyChecks;
    if (parameter.contains("canonical") || parameter.contains("generic_maps") || parameter.contains("_bcc_maps")
        || parameter.contains("masquerade"))
        return Group::AddressRewriting;
    if (parameter.contains("transport_maps") || parameter.contains("relayhost_maps") || parameter == "relocated_maps"
        || parameter.startsWith("virtual_") || parameter == "mydestination" || parameter == "fallback_relay")
        return Group::Routing;
    if (parameter.contains("tls_") || parameter.contains("sasl_") || parameter == "tls_server_sni_maps")
        return Group::TlsAndSasl;
    // A restriction class (smtpd_restriction_classes names it) holds restrictions too.
    return Group::Other;
}

QString formatFor(QByteArrayView parameter, QByteArrayView type)
{
    if (type == "regexp" || type == "pcre")
        return QStringLiteral("postfix-regexp");
    if (parameter == "alias_maps" || parameter == "alias_database")
        return QStringLiteral("aliases");
    if (fileMapTypes().contains(type.toByteArray()))
        return QStringLiteral("postfix-table");
    return {};
}

// Splits a value on commas and blanks; "{ ... }" stays one token (its inside
// is split again by the caller: unionmap:{a, b}, pipemap:{...}).
QList<QByteArray> tokens(QByteArrayView value)
{
    QList<QByteArray> out;
    QByteArray current;
    int depth = 0;
    for (const char c : value) {
        if (c == '{')
            ++depth;
        if (c == '}' && depth > 0)
            --depth;
        if (depth == 0 && (c == ',' || c == ' ' || c == '\t')) {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

class Builder
{
public:
    void scan(QByteArrayView parameter, QByteArrayView value, const QString &usedByPrefix)
    {
        if (isInternal(parameter))
            return;
        const QList<QByteArray> list = tokens(value);
        for (qsizetype i = 0; i < list.size(); ++i) {
            QByteArray user = parameter.toByteArray();
            if (i > 0 && list.at(i - 1).startsWith("check_"))
                user += " → " + list.at(i - 1);
            addToken(parameter, list.at(i), usedByPrefix + QString::fromUtf8(user));
        }
    }

    QList<CatalogueEntry> entries() const { return m_entries; }

    void addConfig(const QString &path, const QString &format)
    {
        CatalogueEntry entry;
        entry.path = path;
        entry.formatType = format;
        entry.usedBy = {QStringLiteral("postfix")};
        entry.group = Group::MainConfig;
        m_index.insert(QLatin1Char(':') + path, m_entries.size());
        m_entries.append(entry);
    }

private:
    void addToken(QByteArrayView parameter, QByteArrayView token, const QString &user)
    {
        if (token.startsWith('/')) {
            if (acceptsListFiles(parameter))
                add(parameter, {}, token, user, false);
            return;
        }
        const qsizetype colon = token.indexOf(':');
        if (colon <= 0)
            return;
        QByteArrayView type = token.first(colon);
        QByteArrayView name = token.sliced(colon + 1);
        if (type == "proxy") { // proxy:TYPE:NAME goes through proxymap, the table is TYPE:NAME
            const qsizetype inner = name.indexOf(':');
            if (inner <= 0)
                return;
            type = name.first(inner);
            name = name.sliced(inner + 1);
        }
        if ((type == "unionmap" || type == "pipemap") && name.startsWith('{') && name.endsWith('}')) {
            for (const QByteArray &inner : tokens(name.sliced(1, name.size() - 2)))
                addToken(parameter, inner, user);
            return;
        }
        if (!name.startsWith('/'))
            return; // inline:{…}, static:…, unix:passwd.byname, $name: no file of its own
        if (fileMapTypes().contains(type.toByteArray()))
            add(parameter, type, name, user, false);
        else if (queryMapTypes().contains(type.toByteArray()))
            add(parameter, type, name, user, true);
    }

    void add(QByteArrayView parameter, QByteArrayView type, QByteArrayView path, const QString &user, bool readOnly)
    {
        const QString key = QString::fromUtf8(type) + QLatin1Char(':') + QString::fromUtf8(path);
        if (const auto it = m_index.constFind(key); it != m_index.cend()) {
            CatalogueEntry &entry = m_entries[*it];
            if (!entry.usedBy.contains(user))
                entry.usedBy.append(user);
            return;
        }
        CatalogueEntry entry;
        entry.path = QString::fromUtf8(path);
        entry.mapType = QString::fromUtf8(type);
        entry.formatType = readOnly ? QString() : formatFor(parameter, type);
        entry.usedBy = {user};
        entry.group = groupOf(parameter);
        entry.readOnly = readOnly;
        m_index.insert(key, m_entries.size());
        m_entries.append(entry);
    }

    QList<CatalogueEntry> m_entries;
    QHash<QString, qsizetype> m_index;
};

// "name = value" lines of postconf; continuation lines do not occur in its output.
template<typename F>
void forEachSetting(QByteArrayView text, F &&f)
{
    for (const QByteArray &line : text.toByteArray().split('\n')) {
        const qsizetype eq = line.indexOf(" = ");
        if (eq > 0)
            f(QByteArrayView(line).first(eq), QByteArrayView(line).sliced(eq + 3));
    }
}

} // namespace

QList<CatalogueEntry> PostfixCatalogue::fromPostconf(QByteArrayView postconf, QByteArrayView postconfP)
{
    Builder builder;
    forEachSetting(postconf, [&](QByteArrayView name, QByteArrayView value) {
        if (name == "config_directory" && value.startsWith('/')) {
            builder.addConfig(QString::fromUtf8(value) + QStringLiteral("/main.cf"), QStringLiteral("postfix-main"));
            builder.addConfig(
                QString::fromUtf8(value) + QStringLiteral("/master.cf"), QStringLiteral("postfix-master"));
        }
    });
    forEachSetting(postconf, [&](QByteArrayView name, QByteArrayView value) { builder.scan(name, value, {}); });
    // postconf -P: "service/type/parameter = value"
    forEachSetting(postconfP, [&](QByteArrayView name, QByteArrayView value) {
        const qsizetype slash = name.lastIndexOf('/');
        if (slash <= 0)
            return;
        builder.scan(name.sliced(slash + 1), value, QString::fromUtf8(name.first(slash)) + QStringLiteral(": "));
    });
    return builder.entries();
}

} // namespace Mailwarden
