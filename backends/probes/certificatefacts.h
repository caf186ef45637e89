#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <expected>

namespace Mailwarden::Probes {

/// What a certificate says. Pure: DER in, facts out; no network. The bytes
/// come from servers we do not trust: see certificatefacts.cpp.
struct CertificateFacts {
    QString subject; ///< "CN=postfix.lab.test, O=…"
    QString commonName;
    QStringList dnsNames; ///< subjectAltName DNS entries
    QStringList ipAddresses; ///< subjectAltName IP entries
    QString issuer;
    QString keyType; ///< "RSA", "DSA", "EC", "Ed25519", "Ed448" or "other"
    int keyBits = 0;
    QString signatureAlgorithm; ///< "sha256WithRSAEncryption", …
    QDateTime notBefore;
    QDateTime notAfter;
    qint64 daysLeft = 0; ///< whole days from "now" to notAfter; negative once expired
    bool selfSigned = false;
    QString sha256; ///< fingerprint, hex with colons

    /// Whether \a name (a host name or an address) is one the certificate is for.
    bool matches(const QString &name) const;
    bool expired(const QDateTime &now) const { return now > notAfter; }
    bool notYetValid(const QDateTime &now) const { return now < notBefore; }
    /// MD5, MD2 or SHA-1 signatures, forgeable in practice.
    bool weakSignature() const;
    /// RSA/DSA under 2048 bits, EC under 224.
    bool weakKey() const;

    QByteArray der; ///< the certificate itself
};

/// Reads \a der. \a now fixes daysLeft (tests pass a date). Fails with a
/// translated reason when the bytes are no certificate or its key cannot be read.
std::expected<CertificateFacts, QString> inspectCertificate(const QByteArray &der, const QDateTime &now);

} // namespace Mailwarden::Probes
