#pragma once

#include <QMap>
#include <QStringList>

namespace Mailwarden::Probes {

/// What the TLS probe found, reduced to what the grade depends on.
struct TlsFindings {
    enum class Version { Accepted, Refused, Untested };
    bool starttlsOffered = false;
    bool handshakeWorked = false;
    QMap<QString, Version> versions; ///< "1.0" … "1.3"
    bool forwardSecrecy = false;
    bool certificateRead = false;
    bool expired = false;
    bool weakKey = false;
    bool weakSignature = false;
    bool selfSigned = false;
    bool untrusted = false; ///< the chain does not verify against the system's CAs
    bool nameMismatch = false;
    bool plaintextAuthBeforeTls = false; ///< PLAIN or LOGIN before STARTTLS
    bool authBeforeTls = false; ///< any mechanism before STARTTLS
    bool nullOrExportSuites = false; ///< a suite without encryption or of export grade is accepted
    bool rc4Suites = false;
    bool desSuites = false; ///< DES or 3DES
    bool anonymousSuites = false; ///< a suite without server authentication
};

/// A letter A–F and why it is not better. Each finding caps the grade;
/// the worst cap wins (testssl.sh and SSL Labs work the same way; the caps
/// here are ours, tuned for SMTP where encryption is opportunistic).
struct TlsGrade {
    QChar letter;
    QStringList reasons; ///< translated, one per cap that applied: "why (B)"
};

TlsGrade gradeTls(const TlsFindings &findings);

} // namespace Mailwarden::Probes
