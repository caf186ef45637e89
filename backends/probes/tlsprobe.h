#pragma once

#include "certificatefacts.h"
#include "smtpprobe.h"
#include "tlsgrade.h"
#include "tlsversions.h"

#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>

namespace Mailwarden::Probes {

/// The TLS test, over STARTTLS or, when the endpoint says so, implicit TLS
/// (SMTPS, port 465). One connection with the default client settings
/// learns the capabilities before and after TLS, the negotiated session and
/// the certificate chain as sent; then one connection per protocol version
/// (1.0 to 1.3) learns which versions the server accepts. For each accepted
/// version the cipher suites are enumerated (every suite offered but the ones
/// found, until the handshake fails), then the key exchange groups are tried
/// one at a time with the newest accepted version. A case this machine's TLS
/// library will not offer is reported as untested, never as refused.
///
/// Results: "tls.grade" (A–F with reasons), "tls.offered",
/// "tls.version.1.0" … "tls.version.1.3", "tls.ciphers.1.0" …
/// "tls.ciphers.1.3", "tls.groups", "tls.cipher", "tls.cert",
/// "tls.cert.chain", "tls.cert.expiry", "tls.cert.trust", "tls.cert.name",
/// "auth.plaintext".
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
    /// A new connection that ends encrypted with \a configuration: the
    /// handshake at once (implicit TLS) or after EHLO and STARTTLS.
    void openTls(const QSslConfiguration &configuration, const std::function<void()> &encrypted,
        const std::function<void(const SmtpError &why)> &failed);
    /// How one handshake with a given configuration ended.
    enum class Handshake {
        Unoffered, ///< this machine's TLS library will not offer it: nothing sent
        Accepted, ///< detail: the suite negotiated
        Refused, ///< the TLS handshake failed; detail: why
        Failed, ///< the connection failed before TLS; detail: why
    };
    /// A new connection that tries \a configuration (if this machine can offer
    /// it) and ends at once; m_client's transcript is the evidence.
    void tryHandshake(
        const QSslConfiguration &configuration, const std::function<void(Handshake, const QString &detail)> &done);
    void afterMainHandshake();
    void tryVersion(qsizetype index);
    void versionDone(
        qsizetype index, TlsFindings::Version result, const QString &evidence, const Transcript &transcript);
    void scanCiphers(qsizetype index);
    void scanGroups(qsizetype index);
    void evaluate();
    void addCipherChecks(TlsFindings &findings);
    void addGroupCheck();
    void addCertificateChecks(TlsFindings &findings);

    /// A server that keeps choosing suites the client did not offer would
    /// keep the scan going: no version has more than this many.
    static constexpr qsizetype MaxSuitesPerVersion = 200;

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
    QMap<QString, QStringList> m_suites; ///< version id → suites accepted, in the order found
    QMap<QString, QString> m_suiteScanStopped; ///< version id → why its scan ended before a refusal
    TlsVersion m_groupVersion = TlsVersion::V1_3;
    QStringList m_groupCandidates;
    QStringList m_groupsAccepted;
    QStringList m_groupsRefused;
    QStringList m_groupsUntested;
};

} // namespace Mailwarden::Probes
