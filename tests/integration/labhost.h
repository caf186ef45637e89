#pragma once

#include "remote/hostprofile.h"
#include "remote/remoteerror.h"
#include "remote/sshsession.h"
#include "testsupport.h"

#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace Mailwarden::Testing {

/// A host of tests/lab as the tests see it: its profile, the admin's
/// password, and a private copy of the lab's known_hosts (tests change it).
struct LabHost {
    HostProfile profile;
    QByteArray password;
    QString knownHostsFile;
    QString labKnownHostsFile;
    QString fqdn; ///< "postfix.lab.test"
    quint16 smtpPort = 0; ///< the MTA's SMTP port on 127.0.0.1
    quint16 smtpsPort = 0; ///< its SMTPS (implicit TLS) port; 0: none (only the Postfix host has one)
    quint16 deadPort = 0; ///< nothing listens there
    /// The account with full sudo that asks for its password (mwsetup, for
    /// `hosts prepare`; same key as the admin); empty on a lab started before it.
    QString setupUser;
    QByteArray setupPassword;

    SshCredentials credentials() const;
    SshOptions options() const;
};

/// The running lab host \a name ("postfix", "sendmail", "qmail"), or nullopt
/// when the lab is not up; labProblem() then says why. Tests skip, or fail
/// where prerequisites are required (MW_SKIP_OR_FAIL(labProblem())).
/// \a scratch holds the known_hosts copy.
std::optional<LabHost> labHost(const QString &name, const QTemporaryDir &scratch);
/// Why the last labHost() call found no host ("" after one that did).
QString labProblem();

/// Cuts the SSH connections this process holds to \a port by killing the
/// server side (the sshd-session processes that own the other end of our own
/// sockets, found through /proc). Returns the pids it killed.
QList<qint64> cutOwnConnections(quint16 port);

/// Sends \a signal (SIGSTOP, SIGCONT) to the server side of the SSH
/// connections this process holds to \a port, found as cutOwnConnections()
/// finds them. SIGSTOP makes a connection silently dead: TCP stays up, the
/// server answers nothing. Returns the pids it signalled.
QList<qint64> signalOwnConnections(quint16 port, int signal);

/// One SMTP dialogue with a lab host (127.0.0.1:\a port) from \a client: the
/// reply code of each command, the greeting first; -1 where no reply came, and
/// the dialogue ends there. A "DATA" answered 354 is followed by \a body.
/// 127.0.0.3 by default: the lab Sendmail relays for 127.0.0.1 and skips its checks.
QList<int> smtpReplyCodes(quint16 port, const QByteArrayList &commands,
    const QString &client = QStringLiteral("127.0.0.3"), const QByteArray &body = {});

/// For QVERIFY2 messages (evaluated even when the check passes): the error
/// text of \a result, or nothing when it holds a value.
template<typename T>
QByteArray why(const RemoteResult<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

} // namespace Mailwarden::Testing
