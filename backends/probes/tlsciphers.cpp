#include "tlsciphers.h"

#include "core/tr.h"

namespace Mailwarden::Probes {

CipherWeakness cipherWeakness(const QString &name)
{
    const auto has = [&name](const char *part) { return name.contains(QLatin1String(part)); };
    // The order matters: "EXP-RC4-MD5" is export grade first, "ADH-DES-CBC3-SHA" anonymous first.
    if (has("NULL"))
        return CipherWeakness::NullEncryption;
    if (name.startsWith(QLatin1String("EXP")))
        return CipherWeakness::Export;
    if (name.startsWith(QLatin1String("ADH")) || name.startsWith(QLatin1String("AECDH")) || has("anon"))
        return CipherWeakness::Anonymous;
    if (has("RC4"))
        return CipherWeakness::Rc4;
    if (has("DES"))
        return CipherWeakness::Des;
    return CipherWeakness::None;
}

QString cipherWeaknessText(CipherWeakness weakness)
{
    switch (weakness) {
    case CipherWeakness::None:
        return {};
    case CipherWeakness::NullEncryption:
        return Tr::tr("no encryption (NULL)");
    case CipherWeakness::Export:
        return Tr::tr("export grade");
    case CipherWeakness::Rc4:
        return Tr::tr("RC4");
    case CipherWeakness::Des:
        return Tr::tr("DES or 3DES, 64-bit blocks");
    case CipherWeakness::Anonymous:
        return Tr::tr("anonymous, no server authentication");
    }
    return {};
}

QStringList tls13Suites()
{
    return {QStringLiteral("TLS_AES_256_GCM_SHA384"), QStringLiteral("TLS_CHACHA20_POLY1305_SHA256"),
        QStringLiteral("TLS_AES_128_GCM_SHA256"), QStringLiteral("TLS_AES_128_CCM_SHA256"),
        QStringLiteral("TLS_AES_128_CCM_8_SHA256")};
}

QSslConfiguration cipherScanConfiguration(TlsVersion version, const QStringList &found)
{
    QSslConfiguration c = tlsConfigurationFor(version);
    if (version == TlsVersion::V1_3) {
        QStringList rest = tls13Suites();
        for (const QString &f : found)
            rest.removeAll(f);
        c.setBackendConfigurationOption("Ciphersuites", rest.join(QLatin1Char(':')).toLatin1());
        return c;
    }
    // COMPLEMENTOFALL adds the NULL suites that ALL leaves out; level 0 lets
    // OpenSSL offer them, the anonymous ones and small DH at all.
    QString spec = QStringLiteral("ALL:COMPLEMENTOFALL");
    for (const QString &f : found)
        spec += QStringLiteral(":!") + f;
    spec += QStringLiteral(":@SECLEVEL=0");
    c.setBackendConfigurationOption("CipherString", spec.toLatin1());
    return c;
}

QStringList keyExchangeGroups(TlsVersion version)
{
    QStringList groups {QStringLiteral("X25519"), QStringLiteral("P-256"), QStringLiteral("P-384"),
        QStringLiteral("P-521"), QStringLiteral("X448")};
    if (version == TlsVersion::V1_3)
        groups << QStringLiteral("X25519MLKEM768") << QStringLiteral("SecP256r1MLKEM768")
               << QStringLiteral("SecP384r1MLKEM1024") << QStringLiteral("ffdhe2048") << QStringLiteral("ffdhe3072")
               << QStringLiteral("ffdhe4096") << QStringLiteral("ffdhe6144") << QStringLiteral("ffdhe8192");
    else
        groups << QStringLiteral("brainpoolP256r1") << QStringLiteral("brainpoolP384r1")
               << QStringLiteral("brainpoolP512r1");
    return groups;
}

QSslConfiguration groupScanConfiguration(TlsVersion version, const QString &group)
{
    QSslConfiguration c = tlsConfigurationFor(version);
    // Below TLS 1.3 only ECDHE suites use the group: offer nothing else.
    if (version != TlsVersion::V1_3)
        c.setBackendConfigurationOption("CipherString", QByteArrayLiteral("ECDHE:AECDH:@SECLEVEL=0"));
    c.setBackendConfigurationOption("Groups", group.toLatin1());
    return c;
}

} // namespace Mailwarden::Probes
