#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <expected>

namespace Mailwarden::Dnsbl {

/// The blocklists (DNSBL zones) of a list typed by the admin, one per word
/// (commas or blanks between): each must be a DNS name, for Postfix optionally
/// with a reply filter ("zen.spamhaus.org=127.0.0.[2..11]"). The reason for the
/// first that is not.
std::expected<QList<QByteArray>, QString> parseZones(const QByteArray &text, bool replyFilters);

/// The zones a Postfix restriction list checks with reject_rbl_client, and
/// whether every one of them is in warn-only mode (warn_if_reject before it).
struct PostfixBlocklists {
    QList<QByteArray> zones;
    bool warnOnly = false;
};
PostfixBlocklists postfixBlocklists(const QByteArray &restrictions);

/// \a restrictions (smtpd_recipient_restrictions) checking exactly \a zones,
/// each `reject_rbl_client ZONE`, with `warn_if_reject` before it when \a
/// warnOnly: entries of zones that stay are kept where and as they are (their
/// warn prefix set or dropped), others removed with their separator, new ones
/// added where the first blocklist was, else before a final `permit`, else at
/// the end. An empty list starts with permit_mynetworks,
/// permit_sasl_authenticated and reject_unauth_destination, so that neither
/// the host's own clients nor relay refusals wait on a DNS lookup.
QByteArray postfixWithBlocklists(const QByteArray &restrictions, const QList<QByteArray> &zones, bool warnOnly);

} // namespace Mailwarden::Dnsbl
