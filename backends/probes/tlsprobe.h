#pragma once

#include "certificatefacts.h"
#include "smtpprobe.h"
#include "tlsgrade.h"
#include "tlsversions.h"

#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>

namespace Mailwarden::Probes {

/// The STARTTLS test. One connection with the default client settings
/// learns the capabilities before and after TLS, the negotiated session and
/// the certificate chain; then one connection per protocol version (1.0 to
/// 1.3) learns which versions the server accepts. A version this machine's
/// TLS library will not offer is reported as skipped, never as refused.
///
/// Results: "tls.grade" (A–F with reasons), "tls.offered",
/// "tls.version.1.0" … "tls.version.1.3", "tls.cipher", "tls.cert",
/// "tls.cert.expiry", "tls.cert.trust", "tls.cert.name", "auth.plaintext".
class TlsProbe final : public SmtpProbe
{
    Q_OBJECT
public:
    explicit TlsProbe(const ProbeSettings &settings, QObject *parent = nullptr);
    /// The time certificates are judged at (tests); default: when run() starts.
    void setNow(const QDateTime &now) { m_now = now; }

protected:
    void run() override;

private:
    void afterMainHandshake(const Transcript &before);
    void tryVersion(qsizetype index);
    void versionDone(
        qsizetype index, TlsFindings::Version result, const QString &evidence, const Transcript &transcript);
    void evaluate();
    void addCertificateChecks(TlsFindings &findings);

    QDateTime m_now;
    bool m_starttls = false;
    bool m_handshake = false;
    QString m_handshakeError;
    QByteArrayList m_authBefore;
    QByteArrayList m_authAfter;
    QSslCipher m_cipher;
    QSslKey m_ephemeralKey;
    QList<QSslCertificate> m_chain;
    QList<QSslError> m_sslErrors;
    QString m_bannerName;
    Transcript m_mainTranscript;
    QList<TlsVersion> m_versions;
    QMap<QString, CheckResult> m_versionChecks;
    QMap<QString, TlsFindings::Version> m_versionResults;
};

} // namespace Mailwarden::Probes
