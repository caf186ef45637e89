// A lab host weakened the way careless installs are, for the hardening tests
// (CLI and wizard). Postfix: open relay through mynetworks 0.0.0.0/0, VRFY
// answered, the version in the banner, no size limit, TLS 1.0 allowed, no
// postmaster alias. Sendmail: FEATURE(loose_relay_check) (the %-hack relays),
// `Connect:44 RELAY` in access (a public /8), PrivacyOptions authwarnings only
// (VRFY and EXPN answered), no abuse alias; its lab banner names the version
// and it has no size limit already. qmail: the default tcp.smtp rule sets
// RELAYCLIENT, a greeting naming notqmail 1.09, no databytes, no
// .qmail-postmaster.
#pragma once

#include "mta/mta.h"
#include "remote/sshhost.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace Mailwarden {
class ChangeSet;
}

namespace Mailwarden::Testing {

class WeakenedHost
{
public:
    /// Postfix's main.cf and the aliases file the lab MTAs use.
    static QString postfixMainCf() { return QStringLiteral("/etc/postfix/main.cf"); }
    static QString aliases() { return QStringLiteral("/etc/aliases"); }

    WeakenedHost(SshHost &host, MtaKind mta) : m_host(host), m_mta(mta) { }
    /// Weakens the lab in one transaction; the error, or nullopt.
    std::optional<QString> weaken();
    /// Puts the lab's own files back, whatever state a failed test left.
    std::optional<QString> restore();
    /// A file's content now; nullopt when it does not exist.
    std::optional<QByteArray> read(const QString &path);

    /// The weakened files as the lab had them and as weaken() left them
    /// (nullopt: absent).
    std::optional<QByteArray> lab(const QString &path) const { return m_lab.value(path); }
    std::optional<QByteArray> weak(const QString &path) const { return m_weak.value(path); }
    QStringList paths() const { return m_lab.keys(); }
    /// The rules the weakened host fails and the recommended plan fixes.
    QStringList weakRules() const;

private:
    struct Weakening;
    QList<Weakening> weakenings() const;
    std::optional<QString> apply(const ChangeSet &set);
    SshHost &m_host;
    MtaKind m_mta;
    QHash<QString, std::optional<QByteArray>> m_lab, m_weak;
    QHash<QString, std::pair<QString, QString>> m_formats; ///< path → format type, map type
};

/// The reply code to the last of \a commands after EHLO, over SMTP from
/// \a source to 127.0.0.1:\a port; -1 when the server did not answer.
int lastReplyCode(quint16 port, const QHostAddress &source, const QByteArrayList &commands);

} // namespace Mailwarden::Testing
