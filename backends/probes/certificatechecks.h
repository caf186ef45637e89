#pragma once

#include "certificatefacts.h"
#include "checkresult.h"
#include "tlsgrade.h"

#include <QSslCertificate>
#include <QSslError>

namespace Mailwarden::Probes {

/// The certificate checks of the TLS probe, from what the handshake gave:
/// "tls.cert" (the facts), "tls.cert.chain" (the certificates in the order
/// sent; warn when one is not issued by the next), "tls.cert.expiry" (fail when expired or not yet
/// valid, warn under 30 days), "tls.cert.trust" (warn when self-signed or
/// not verifying against the system's CAs; \a sslErrors are the handshake's,
/// a host name mismatch among them is judged by the name check instead) and
/// "tls.cert.name" (warn when the certificate is for none of \a names).
/// Sets the certificate fields of \a findings for the grade. Pure.
QList<CheckResult> certificateChecks(const QList<QSslCertificate> &chain, const QList<QSslError> &sslErrors,
    const QStringList &names, const QDateTime &now, TlsFindings &findings);

} // namespace Mailwarden::Probes
