// The lab Postfix weakened the way careless installs are, for the hardening
// tests (CLI and wizard): open relay through mynetworks, VRFY answered, a
// banner with the version, no size limit, TLS 1.0 allowed, no postmaster alias.
#pragma once

#include "remote/sshhost.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace Mailwarden {
class ChangeSet;
}

namespace Mailwarden::Testing {

class WeakenedPostfix
{
public:
    static QString mainCf() { return QStringLiteral("/etc/postfix/main.cf"); }
    static QString aliases() { return QStringLiteral("/etc/aliases"); }

    explicit WeakenedPostfix(SshHost &host) : m_host(host) { }
    /// Weakens the lab in one transaction; the error, or nullopt.
    std::optional<QString> weaken();
    /// Puts the lab's own files back, whatever state a failed test left.
    std::optional<QString> restore();
    QByteArray read(const QString &path);

    QByteArray labMainCf, labAliases; ///< as the lab had them
    QByteArray weakMainCf, weakAliases;

private:
    std::optional<QString> apply(const ChangeSet &set);
    SshHost &m_host;
};

/// The reply code to the last of \a commands after EHLO, over SMTP from
/// \a source to 127.0.0.1:\a port; -1 when the server did not answer.
int lastReplyCode(quint16 port, const QHostAddress &source, const QByteArrayList &commands);

} // namespace Mailwarden::Testing
