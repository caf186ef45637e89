#pragma once

#include "qmailcolontable.h"

namespace Mailwarden {

/// control/smtproutes (qmail-remote(8)): "host:relay", "host:relay:port",
/// "host:" (relay empty: look up MX as usual), ".domain:relay" (subdomains) and
/// ":relay" (every other host). A relay may be a bracketed literal "[1.2.3.4]"
/// or "[IPv6 address]" (IPv6 patches), whose colons are no separators.
class QmailSmtpRoutes
{
public:
    struct Route {
        QByteArray host; ///< "inside.af.mil", ".af.mil" or empty (default route)
        QByteArray relay; ///< empty: MX lookup
        QByteArray port; ///< empty: 25
        int line = 0;
        friend bool operator==(const Route &, const Route &) = default;
    };

    static std::expected<QmailSmtpRoutes, ParseError> parse(QByteArrayView bytes, const QString &fileName = {});
    /// Splits the part after "host:" into relay and port.
    static std::pair<QByteArray, QByteArray> splitRelay(QByteArrayView rest);

    QByteArray toBytes() const { return m_table.toBytes(); }
    const QmailColonTable &table() const { return m_table; }

    QList<Route> routes() const;
    std::optional<Route> find(QByteArrayView host) const;

    /// Adds "host:relay[:port]" before the ":relay" default route; false when \a host has a route.
    bool addRoute(QByteArrayView host, QByteArrayView relay, QByteArrayView port = {});
    /// Changes relay and port of \a host on its own line.
    bool setRoute(QByteArrayView host, QByteArrayView relay, QByteArrayView port = {});
    bool removeRoute(QByteArrayView host) { return m_table.remove(host); }

    /// Duplicate hosts, bad host or relay names, ports outside 1-65535.
    QList<Diagnostic> check() const;

private:
    static QByteArray joinRelay(QByteArrayView relay, QByteArrayView port);

    QmailColonTable m_table;
};

} // namespace Mailwarden
