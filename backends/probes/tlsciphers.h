#pragma once

#include "tlsversions.h"

#include <QSslConfiguration>
#include <QStringList>

namespace Mailwarden::Probes {

/// Why a cipher suite is weak, from its OpenSSL name; None for a sound one.
/// The classes are the ones auditors name: no encryption, export grade,
/// RC4, (triple) DES with its 64-bit blocks, and no authentication.
enum class CipherWeakness { None, NullEncryption, Export, Rc4, Des, Anonymous };

CipherWeakness cipherWeakness(const QString &openSslName);
/// "no encryption (NULL)" …, translated; empty for None.
QString cipherWeaknessText(CipherWeakness weakness);

/// The TLS 1.3 suites OpenSSL can offer (all five of RFC 8446).
QStringList tls13Suites();

/// A client configuration for the cipher scan of \a version: it offers every
/// suite this machine's OpenSSL has for that version (security level 0, so
/// anonymous and NULL suites too) except \a found. The server picks one of
/// them; the scan adds it to \a found and asks again until the handshake
/// fails. testssl.sh lists suites the same way.
QSslConfiguration cipherScanConfiguration(TlsVersion version, const QStringList &found);

/// The key exchange groups the scan offers one at a time: for TLS 1.3 the
/// elliptic curves, the finite-field groups of RFC 7919 and the hybrid
/// post-quantum group; for TLS 1.2 the curves (an ECDHE suite is forced, so
/// a handshake means the curve was used).
QStringList keyExchangeGroups(TlsVersion version);
/// A configuration that offers only \a group for \a version.
QSslConfiguration groupScanConfiguration(TlsVersion version, const QString &group);

} // namespace Mailwarden::Probes
