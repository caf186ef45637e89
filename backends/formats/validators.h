#pragma once

#include <QByteArrayView>

namespace Mailwarden::Validators {

/// Dotted quad, four decimal octets 0-255, no leading "+" or empty parts.
bool isIPv4(QByteArrayView text);
/// RFC 4291 text form, with "::" and an embedded IPv4 tail; no brackets, no zone.
bool isIPv6(QByteArrayView text);
/// IPv4 or IPv6, optionally "[...]"-bracketed for IPv6 (Postfix style).
bool isIPAddress(QByteArrayView text);
/// "address/prefix" with prefix in range (0-32, 0-128) or a bare address; IPv6
/// may be bracketed ("[2001:db8::]/32"). Host bits set are accepted (Postfix warns, not us).
bool isCidr(QByteArrayView text);
/// A DNS name: labels of letters, digits, "-" and "_" (1-63 bytes, no leading or
/// trailing "-"), total <= 253; a leading "." (Postfix parent-domain style) is allowed
/// when \a allowLeadingDot. Non-ASCII bytes are accepted (internationalised names).
bool isDomain(QByteArrayView text, bool allowLeadingDot = false);
/// "local@domain" (local part non-empty, no spaces unless quoted) or "@domain"
/// when \a allowEmptyLocal; the domain may be an address literal "[1.2.3.4]".
bool isAddress(QByteArrayView text, bool allowEmptyLocal = false);

} // namespace Mailwarden::Validators
