#pragma once

#include <QByteArray>

namespace Mailwarden::Hardening {

/// relay.mynetworks: whether one trusted-network entry covers more than an
/// admin's own networks: the whole Internet, or a /8 of public space.

/// A mynetworks item ("0.0.0.0/0", "[::1]/128", "10.0.0.0/8"); false for what is no network.
bool networkTooBroad(const QByteArray &item);
/// A relay rule's key: Sendmail's access keys ("Connect:192.168", "10.1", From:
/// and To: keys are never networks) or, with \a sendmail false, a tcprules
/// address ("1.2.3.", "" for every address).
bool relayKeyTooBroad(QByteArray key, bool sendmail);

} // namespace Mailwarden::Hardening
