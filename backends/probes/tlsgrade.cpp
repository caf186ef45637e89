#include "tlsgrade.h"

#include "core/tr.h"

namespace Mailwarden::Probes {

TlsGrade gradeTls(const TlsFindings &f)
{
    TlsGrade grade {QLatin1Char('A'), {}};
    const auto cap = [&grade](char letter, const QString &why) {
        grade.reasons << QStringLiteral("%1 (%2)").arg(why).arg(QLatin1Char(letter));
        if (QLatin1Char(letter) > grade.letter)
            grade.letter = QLatin1Char(letter);
    };
    if (!f.starttlsOffered) {
        cap('F', Tr::tr("STARTTLS is not offered: mail travels in clear text"));
        return grade;
    }
    if (!f.handshakeWorked) {
        cap('F', Tr::tr("no TLS handshake succeeded"));
        return grade;
    }
    const auto accepted = [&f](const char *v) {
        return f.versions.value(QLatin1String(v), TlsFindings::Version::Untested) == TlsFindings::Version::Accepted;
    };
    if (!accepted("1.2") && !accepted("1.3"))
        cap('D', Tr::tr("neither TLS 1.2 nor TLS 1.3 is accepted"));
    if (f.nullOrExportSuites)
        cap('F', Tr::tr("suites without encryption (NULL) or of export grade are accepted"));
    if (f.rc4Suites)
        cap('C', Tr::tr("RC4 suites are accepted"));
    if (f.desSuites)
        cap('B', Tr::tr("DES or 3DES suites are accepted (64-bit blocks)"));
    if (f.anonymousSuites)
        cap('B', Tr::tr("anonymous suites are accepted: a client that offers them gets no server authentication"));
    if (f.plaintextAuthBeforeTls)
        cap('C', Tr::tr("AUTH PLAIN/LOGIN is offered before STARTTLS: passwords can travel in clear text"));
    if (f.expired)
        cap('C', Tr::tr("the certificate has expired"));
    if (f.weakKey)
        cap('C', Tr::tr("the certificate's key is too small"));
    if (f.weakSignature)
        cap('C', Tr::tr("the certificate is signed with MD5 or SHA-1"));
    if (!f.forwardSecrecy)
        cap('C', Tr::tr("the negotiated cipher has no forward secrecy"));
    if (accepted("1.0") || accepted("1.1"))
        cap('B', Tr::tr("TLS 1.0 or 1.1 is accepted"));
    if (f.authBeforeTls && !f.plaintextAuthBeforeTls)
        cap('B', Tr::tr("AUTH is offered before STARTTLS"));
    if (f.selfSigned)
        cap('B', Tr::tr("the certificate is self-signed: senders that verify (DANE, MTA-STS) will not trust it"));
    else if (f.untrusted)
        cap('B', Tr::tr("the certificate chain does not verify against the public CAs"));
    if (f.nameMismatch)
        cap('B', Tr::tr("the certificate is not for the server's name"));
    if (!f.certificateRead)
        cap('B', Tr::tr("the certificate could not be inspected"));
    return grade;
}

} // namespace Mailwarden::Probes
