#include "certificatefacts.h"

#include "core/tr.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QtCrypto>

#include <algorithm>

namespace Mailwarden::Probes {

namespace {

QCA::Initializer &qca()
{
    // One for the process: QCA's providers must stay loaded while certificates live.
    static QCA::Initializer init;
    return init;
}

QString signatureName(QCA::SignatureAlgorithm algorithm)
{
    switch (algorithm) {
    case QCA::EMSA1_SHA1:
        return QStringLiteral("dsaWithSHA1");
    case QCA::EMSA3_SHA1:
        return QStringLiteral("sha1WithRSAEncryption");
    case QCA::EMSA3_MD5:
        return QStringLiteral("md5WithRSAEncryption");
    case QCA::EMSA3_MD2:
        return QStringLiteral("md2WithRSAEncryption");
    case QCA::EMSA3_RIPEMD160:
        return QStringLiteral("ripemd160WithRSA");
    case QCA::EMSA3_SHA224:
        return QStringLiteral("sha224WithRSAEncryption");
    case QCA::EMSA3_SHA256:
        return QStringLiteral("sha256WithRSAEncryption");
    case QCA::EMSA3_SHA384:
        return QStringLiteral("sha384WithRSAEncryption");
    case QCA::EMSA3_SHA512:
        return QStringLiteral("sha512WithRSAEncryption");
    case QCA::EMSA3_Raw:
    case QCA::SignatureUnknown:
        break;
    }
    return {};
}

// QCA knows RSA signatures only; ECDSA and EdDSA come from OpenSSL's text form.
QString signatureFromText(const QSslCertificate &cert)
{
    static const QRegularExpression line(QStringLiteral("Signature Algorithm: *([A-Za-z0-9-]+)"));
    return line.match(cert.toText()).captured(1);
}

} // namespace

std::expected<CertificateFacts, QString> inspectCertificate(const QByteArray &der, const QDateTime &now)
{
    qca();
    // Constructing an unsupported QCA type crashes: ask first.
    if (!QCA::isSupported("cert"))
        return std::unexpected(Tr::tr("QCA cannot read certificates here (is the qca-ossl plugin installed?)"));
    QCA::ConvertResult converted = QCA::ErrorDecode;
    const QCA::Certificate cert = QCA::Certificate::fromDER(der, &converted);
    if (converted != QCA::ConvertGood || cert.isNull())
        return std::unexpected(Tr::tr("the server's certificate cannot be decoded"));

    CertificateFacts f;
    f.der = der;
    f.subject = cert.subjectInfoOrdered().toString();
    f.commonName = cert.commonName();
    // A QMultiMap gives equal keys' values newest first: back to the certificate's order.
    f.dnsNames = cert.subjectInfo().values(QCA::DNS);
    std::reverse(f.dnsNames.begin(), f.dnsNames.end());
    f.issuer = cert.issuerInfoOrdered().toString();
    f.notBefore = cert.notValidBefore();
    f.notAfter = cert.notValidAfter();
    f.daysLeft = now.daysTo(f.notAfter);
    f.selfSigned = cert.isSelfSigned();
    f.signatureAlgorithm = signatureName(cert.signatureAlgorithm());
    f.sha256 = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());

    // The key's type comes from QSslKey: QCA has no EC keys, and its PublicKey
    // of an EC certificate crashes when asked its type. QCA sizes RSA and DSA.
    const QSslCertificate ssl(der, QSsl::Der);
    const QSslKey sslKey = ssl.publicKey();
    f.keyBits = sslKey.length();
    switch (sslKey.algorithm()) {
    case QSsl::Rsa:
    case QSsl::Dsa: {
        f.keyType = sslKey.algorithm() == QSsl::Rsa ? QStringLiteral("RSA") : QStringLiteral("DSA");
        const QCA::PublicKey key = cert.subjectPublicKey();
        if (!key.isNull() && key.bitSize() > 0)
            f.keyBits = key.bitSize();
        break;
    }
    case QSsl::Ec:
        f.keyType = QStringLiteral("EC");
        break;
    case QSsl::Dh:
    case QSsl::Opaque:
        f.keyType = QStringLiteral("other");
        break;
    }
    if (f.signatureAlgorithm.isEmpty())
        f.signatureAlgorithm = signatureFromText(ssl);
    // QCA hands IP entries over as text of the raw octets; QSslCertificate decodes them.
    f.ipAddresses = ssl.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    std::reverse(f.ipAddresses.begin(), f.ipAddresses.end());
    return f;
}

bool CertificateFacts::matches(const QString &name) const
{
    qca();
    if (!QCA::isSupported("cert"))
        return false;
    const QCA::Certificate cert = QCA::Certificate::fromDER(der);
    if (cert.matchesHostName(name))
        return true;
    // QCA compares names; an address must equal one of the IP entries.
    const QHostAddress address(name);
    if (address.isNull())
        return false;
    for (const QString &ip : ipAddresses) {
        if (QHostAddress(ip).isEqual(address))
            return true;
    }
    return false;
}

bool CertificateFacts::weakSignature() const
{
    const QString s = signatureAlgorithm.toLower();
    return s.contains(QLatin1String("md5")) || s.contains(QLatin1String("md2"))
        || (s.contains(QLatin1String("sha1")) && !s.contains(QLatin1String("sha1_")));
}

bool CertificateFacts::weakKey() const
{
    if (keyType == QLatin1String("RSA") || keyType == QLatin1String("DSA"))
        return keyBits < 2048;
    if (keyType == QLatin1String("EC"))
        return keyBits < 224;
    return false;
}

} // namespace Mailwarden::Probes
