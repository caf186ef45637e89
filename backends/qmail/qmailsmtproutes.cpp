#include "qmailsmtproutes.h"

#include "core/tr.h"
#include "formats/validators.h"

#include <algorithm>

namespace Mailwarden {

std::expected<QmailSmtpRoutes, ParseError> QmailSmtpRoutes::parse(QByteArrayView bytes, const QString &fileName)
{
    auto table = QmailColonTable::parse(bytes, fileName);
    if (!table)
        return std::unexpected(table.error());
    QmailSmtpRoutes routes;
    routes.m_table = std::move(*table);
    return routes;
}

std::pair<QByteArray, QByteArray> QmailSmtpRoutes::splitRelay(QByteArrayView rest)
{
    qsizetype colon = -1;
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        colon = close < 0 ? -1 : rest.indexOf(':', close);
    } else {
        colon = rest.indexOf(':');
    }
    if (colon < 0)
        return {rest.toByteArray(), QByteArray()};
    return {rest.first(colon).toByteArray(), rest.sliced(colon + 1).toByteArray()};
}

QByteArray QmailSmtpRoutes::joinRelay(QByteArrayView relay, QByteArrayView port)
{
    return port.isEmpty() ? relay.toByteArray() : relay.toByteArray() + ':' + port.toByteArray();
}

QList<QmailSmtpRoutes::Route> QmailSmtpRoutes::routes() const
{
    QList<Route> out;
    for (const QmailColonTable::Line &l : m_table.lines()) {
        auto [relay, port] = splitRelay(l.rest);
        out.append(Route {l.key, relay, port, l.line});
    }
    return out;
}

std::optional<QmailSmtpRoutes::Route> QmailSmtpRoutes::find(QByteArrayView host) const
{
    const auto l = m_table.find(host);
    if (!l)
        return std::nullopt;
    auto [relay, port] = splitRelay(l->rest);
    return Route {l->key, relay, port, l->line};
}

bool QmailSmtpRoutes::addRoute(QByteArrayView host, QByteArrayView relay, QByteArrayView port)
{
    if ((relay.contains(':') && !relay.startsWith('[')) || port.contains(':'))
        return false;
    return m_table.add(host, joinRelay(relay, port));
}

bool QmailSmtpRoutes::setRoute(QByteArrayView host, QByteArrayView relay, QByteArrayView port)
{
    if ((relay.contains(':') && !relay.startsWith('[')) || port.contains(':'))
        return false;
    return m_table.setRest(host, joinRelay(relay, port));
}

QList<Diagnostic> QmailSmtpRoutes::check() const
{
    QList<Diagnostic> out = m_table.duplicates();
    for (const Route &r : routes()) {
        auto warn = [&](int column, const QString &message) {
            out.append({r.line, column, Diagnostic::Severity::Warning, message});
        };
        const bool hostLiteral = r.host.startsWith('[') && r.host.endsWith(']'); // mail to user@[1.2.3.4]
        if (!r.host.isEmpty() && !Validators::isDomain(r.host, true)
            && !(hostLiteral && Validators::isIPAddress(r.host.sliced(1, r.host.size() - 2))))
            warn(1, Tr::tr("\"%1\" is no host or domain name").arg(QString::fromUtf8(r.host)));
        const int relayColumn = int(r.host.size()) + 2;
        const bool literal = r.relay.startsWith('[') && r.relay.endsWith(']');
        if (!r.relay.isEmpty()
            && !(literal ? Validators::isIPAddress(r.relay.sliced(1, r.relay.size() - 2))
                         : Validators::isDomain(r.relay) || Validators::isIPAddress(r.relay)))
            warn(relayColumn, Tr::tr("\"%1\" is no host name or IP address").arg(QString::fromUtf8(r.relay)));
        if (r.relay.isEmpty() && r.host.isEmpty())
            warn(1, Tr::tr("a default route needs a relay"));
        bool ok = false;
        const int port = r.port.toInt(&ok);
        if (!r.port.isEmpty() && (!ok || port < 1 || port > 65535 || r.port.startsWith('+')))
            warn(relayColumn + int(r.relay.size()) + 1,
                Tr::tr("port \"%1\" is not a number from 1 to 65535").arg(QString::fromUtf8(r.port)));
    }
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    return out;
}

} // namespace Mailwarden
