#include "certificatefacts.h"

#include "core/tr.h"
#include "derreader.h"

#include <QCryptographicHash>
#include <QHash>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>

#include <algorithm>

namespace Mailwarden::Probes {

// Certificates come from servers we do not trust. OpenSSL itself reads hostile
// DER safely, but the glue around it does not always check what OpenSSL could
// not decode: qca-ossl crashed on a corrupt key identifier and
// QSslCertificate::publicKey() on a corrupt key (both found by fuzz_certificate).
// So the structure is read here, strictly, the key is decoded from its own
// SubjectPublicKeyInfo by QSslKey (which checks), and QSslCertificate is asked
// only for what it decodes with checks (dates, alternative names, self-issued).
namespace {

struct CertificateParts {
    QByteArrayView signatureAlgorithm; ///< OBJECT IDENTIFIER content
    QByteArrayView issuer; ///< Name content
    QByteArrayView subject;
    QByteArrayView publicKeyInfo; ///< the whole SubjectPublicKeyInfo
    QString keyAlgorithm; ///< dotted OID
};

std::optional<CertificateParts> certificateParts(QByteArrayView der)
{
    DerReader outer(der);
    const auto certificate = outer.nextIf(Der::Sequence);
    if (!certificate || !outer.atEnd())
        return std::nullopt;
    DerReader c(certificate->content);
    const auto tbs = c.nextIf(Der::Sequence);
    const auto signatureAlgorithm = c.nextIf(Der::Sequence);
    const auto signature = c.nextIf(Der::BitString);
    if (!tbs || !signatureAlgorithm || !signature || !c.atEnd())
        return std::nullopt;
    DerReader s(signatureAlgorithm->content);
    const auto signatureOid = s.nextIf(Der::Oid);

    DerReader t(tbs->content);
    (void)t.nextIf(Der::Explicit0); // version
    const auto serial = t.nextIf(Der::Integer);
    const auto innerAlgorithm = t.nextIf(Der::Sequence);
    const auto issuer = t.nextIf(Der::Sequence);
    const auto validity = t.nextIf(Der::Sequence);
    const auto subject = t.nextIf(Der::Sequence);
    const auto publicKeyInfo = t.nextIf(Der::Sequence);
    if (!signatureOid || !serial || !innerAlgorithm || !issuer || !validity || !subject || !publicKeyInfo)
        return std::nullopt;
    while (t.next()) { } // unique ids and extensions: well-formed at least
    if (t.failed())
        return std::nullopt;

    DerReader k(publicKeyInfo->content);
    const auto algorithm = k.nextIf(Der::Sequence);
    const auto key = k.nextIf(Der::BitString);
    if (!algorithm || !key || !k.atEnd())
        return std::nullopt;
    DerReader a(algorithm->content);
    const auto keyOid = a.nextIf(Der::Oid);
    if (!keyOid)
        return std::nullopt;
    CertificateParts parts {signatureOid->content, issuer->content, subject->content, publicKeyInfo->encoded,
        DerReader::oidText(keyOid->content)};
    if (parts.keyAlgorithm.isEmpty() || DerReader::oidText(parts.signatureAlgorithm).isEmpty())
        return std::nullopt;
    return parts;
}

QString attributeName(const QString &oid)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("2.5.4.3"), QStringLiteral("CN")},
        {QStringLiteral("2.5.4.5"), QStringLiteral("serialNumber")},
        {QStringLiteral("2.5.4.6"), QStringLiteral("C")},
        {QStringLiteral("2.5.4.7"), QStringLiteral("L")},
        {QStringLiteral("2.5.4.8"), QStringLiteral("ST")},
        {QStringLiteral("2.5.4.10"), QStringLiteral("O")},
        {QStringLiteral("2.5.4.11"), QStringLiteral("OU")},
        {QStringLiteral("1.2.840.113549.1.9.1"), QStringLiteral("emailAddress")},
        {QStringLiteral("0.9.2342.19200300.100.1.25"), QStringLiteral("DC")},
    };
    return names.value(oid, oid);
}

/// "CN=mx.example.org, O=Example" in the certificate's order; \a commonName
/// gets the last CN. std::nullopt if the Name is malformed.
std::optional<QString> nameText(QByteArrayView name, QString *commonName)
{
    QStringList parts;
    DerReader rdns(name);
    while (const auto rdn = rdns.next()) {
        if (rdn->tag != Der::Set)
            return std::nullopt;
        DerReader attributes(rdn->content);
        while (const auto attribute = attributes.next()) {
            DerReader pair(attribute->content);
            const auto type = pair.nextIf(Der::Oid);
            const auto value = pair.next();
            if (attribute->tag != Der::Sequence || !type || !value)
                return std::nullopt;
            const QString oid = DerReader::oidText(type->content);
            const auto text = DerReader::stringText(*value);
            if (oid.isEmpty())
                return std::nullopt;
            const QString shown = text ? *text : QString::fromLatin1(value->content.toByteArray().toHex());
            parts << attributeName(oid) + QLatin1Char('=') + shown;
            if (oid == QLatin1String("2.5.4.3") && commonName)
                *commonName = shown;
        }
        if (attributes.failed())
            return std::nullopt;
    }
    if (rdns.failed())
        return std::nullopt;
    return parts.join(QLatin1String(", "));
}

/// OpenSSL's names for the signature algorithms servers use; others as their OID.
QString signatureName(const QString &oid)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("1.2.840.113549.1.1.2"), QStringLiteral("md2WithRSAEncryption")},
        {QStringLiteral("1.2.840.113549.1.1.4"), QStringLiteral("md5WithRSAEncryption")},
        {QStringLiteral("1.2.840.113549.1.1.5"), QStringLiteral("sha1WithRSAEncryption")},
        {QStringLiteral("1.2.840.113549.1.1.10"), QStringLiteral("rsassaPss")},
        {QStringLiteral("1.2.840.113549.1.1.11"), QStringLiteral("sha256WithRSAEncryption")},
        {QStringLiteral("1.2.840.113549.1.1.12"), QStringLiteral("sha384WithRSAEncryption")},
        {QStringLiteral("1.2.840.113549.1.1.13"), QStringLiteral("sha512WithRSAEncryption")},
        {QStringLiteral("1.2.840.113549.1.1.14"), QStringLiteral("sha224WithRSAEncryption")},
        {QStringLiteral("1.2.840.10040.4.3"), QStringLiteral("dsaWithSHA1")},
        {QStringLiteral("2.16.840.1.101.3.4.3.2"), QStringLiteral("dsa_with_SHA256")},
        {QStringLiteral("1.2.840.10045.4.1"), QStringLiteral("ecdsa-with-SHA1")},
        {QStringLiteral("1.2.840.10045.4.3.1"), QStringLiteral("ecdsa-with-SHA224")},
        {QStringLiteral("1.2.840.10045.4.3.2"), QStringLiteral("ecdsa-with-SHA256")},
        {QStringLiteral("1.2.840.10045.4.3.3"), QStringLiteral("ecdsa-with-SHA384")},
        {QStringLiteral("1.2.840.10045.4.3.4"), QStringLiteral("ecdsa-with-SHA512")},
        {QStringLiteral("1.3.101.112"), QStringLiteral("ED25519")},
        {QStringLiteral("1.3.101.113"), QStringLiteral("ED448")},
    };
    return names.value(oid, oid);
}

/// RFC 6125: case-insensitive, a trailing dot ignored, and "*" only as the
/// whole left-most label, standing for exactly one label.
bool dnsNameMatches(QString pattern, QString name)
{
    const auto normal = [](QString &s) {
        s = s.toLower();
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    };
    normal(pattern);
    normal(name);
    if (pattern.isEmpty() || name.isEmpty())
        return false;
    if (!pattern.startsWith(QLatin1String("*.")))
        return pattern == name;
    const QStringView suffix = QStringView(pattern).sliced(1); // ".example.org"
    if (suffix.count(QLatin1Char('.')) < 2) // "*.org" would match a whole TLD
        return false;
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    return dot > 0 && QStringView(name).sliced(dot) == suffix;
}

} // namespace

std::expected<CertificateFacts, QString> inspectCertificate(const QByteArray &der, const QDateTime &now)
{
    const QString undecodable = Tr::tr("the server's certificate cannot be decoded");
    const auto parts = certificateParts(der);
    if (!parts)
        return std::unexpected(undecodable);
    CertificateFacts f;
    const auto subject = nameText(parts->subject, &f.commonName);
    const auto issuer = nameText(parts->issuer, nullptr);
    if (!subject || !issuer)
        return std::unexpected(undecodable);
    f.subject = *subject;
    f.issuer = *issuer;
    f.signatureAlgorithm = signatureName(DerReader::oidText(parts->signatureAlgorithm));

    const QByteArray publicKeyInfo = parts->publicKeyInfo.toByteArray();
    const auto decodeKey = [&publicKeyInfo, &f](QSsl::KeyAlgorithm algorithm, const QString &type) {
        const QSslKey key(publicKeyInfo, algorithm, QSsl::Der, QSsl::PublicKey);
        f.keyType = type;
        f.keyBits = key.isNull() ? 0 : key.length();
        return !key.isNull();
    };
    const QString &keyOid = parts->keyAlgorithm;
    bool keyRead = true;
    if (keyOid == QLatin1String("1.2.840.113549.1.1.1") || keyOid == QLatin1String("1.2.840.113549.1.1.10"))
        keyRead = decodeKey(QSsl::Rsa, QStringLiteral("RSA"));
    else if (keyOid == QLatin1String("1.2.840.10045.2.1"))
        keyRead = decodeKey(QSsl::Ec, QStringLiteral("EC"));
    else if (keyOid == QLatin1String("1.2.840.10040.4.1"))
        keyRead = decodeKey(QSsl::Dsa, QStringLiteral("DSA"));
    else if (keyOid == QLatin1String("1.3.101.112") || keyOid == QLatin1String("1.3.101.113"))
        f.keyType = keyOid.endsWith(QLatin1Char('2')) ? QStringLiteral("Ed25519") : QStringLiteral("Ed448");
    else
        f.keyType = QStringLiteral("other");
    if (!keyRead)
        return std::unexpected(Tr::tr("the server's certificate has a public key that cannot be decoded"));

    const QSslCertificate ssl(der, QSsl::Der);
    if (ssl.isNull())
        return std::unexpected(undecodable);
    f.der = der;
    f.notBefore = ssl.effectiveDate();
    f.notAfter = ssl.expiryDate();
    f.daysLeft = now.daysTo(f.notAfter);
    f.selfSigned = ssl.isSelfSigned();
    f.sha256 = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
    // A QMultiMap gives equal keys' values newest first: back to the certificate's order.
    const auto names = ssl.subjectAlternativeNames();
    f.dnsNames = names.values(QSsl::DnsEntry);
    std::reverse(f.dnsNames.begin(), f.dnsNames.end());
    f.ipAddresses = names.values(QSsl::IpAddressEntry);
    std::reverse(f.ipAddresses.begin(), f.ipAddresses.end());
    return f;
}

bool CertificateFacts::matches(const QString &name) const
{
    const QHostAddress address(name);
    if (!address.isNull())
        return std::any_of(ipAddresses.cbegin(), ipAddresses.cend(),
            [&address](const QString &ip) { return QHostAddress(ip).isEqual(address); });
    // The common name counts only where there are no DNS names (RFC 6125 6.4.4).
    if (dnsNames.isEmpty())
        return dnsNameMatches(commonName, name);
    return std::any_of(
        dnsNames.cbegin(), dnsNames.cend(), [&name](const QString &dns) { return dnsNameMatches(dns, name); });
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
