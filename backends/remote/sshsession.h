#pragma once

#include "command.h"
#include "hostprofile.h"
#include "loginshell.h"
#include "remoteerror.h"

#include <QByteArray>

#include <chrono>

struct ssh_session_struct;

namespace Mailwarden {

/// The secrets an SshHost may need. Held only in memory, wiped on destruction.
struct SshCredentials {
    QByteArray password; ///< Password and keyboard-interactive
    QByteArray keyPassphrase; ///< PublicKey with an encrypted key file

    SshCredentials() = default;
    SshCredentials(const SshCredentials &) = default;
    SshCredentials &operator=(const SshCredentials &) = default;
    ~SshCredentials();
};

/// How an SshHost behaves, apart from the profile.
struct SshOptions {
    /// known_hosts file; empty: Mailwarden's own (AppDataLocation/known_hosts).
    QString knownHostsFile;
    std::chrono::milliseconds connectTimeout {15000};
    /// Default time limit of a command (Command::timeout overrides); 0: none.
    std::chrono::milliseconds commandTimeout {Command::kDefaultTimeout};
    /// After this long without a packet from the server, a keepalive request
    /// (OpenSSH's keepalive@openssh.com, which the server must answer) is
    /// sent, like ssh's ServerAliveInterval.
    std::chrono::milliseconds keepAlive {15000};
    /// So many keepalive intervals in a row without any answer and the
    /// connection counts as dead: commands in flight fail with
    /// Kind::Disconnected (ssh's ServerAliveCountMax).
    int keepAliveCountMax = 3;
    /// Channels in flight on the one connection. OpenSSH's sshd allows 10
    /// sessions per connection (MaxSessions); more commands wait in line.
    int maxChannels = 8;
    /// Record an unknown host key without asking (the CLI's --accept-new).
    bool acceptNewHostKey = false;

    static QString defaultKnownHostsFile();
};

/// One libssh session: TCP connect, host-key check against known_hosts,
/// authentication with the profile's method. Lives on (and is only touched
/// from) the host's worker thread.
///
/// Host keys: a known, matching key connects; a changed key is refused
/// (Kind::HostKeyChanged); an unknown key is refused with its SHA-256
/// fingerprint (Kind::HostKeyUnknown) unless SshOptions::acceptNewHostKey is
/// set or the fingerprint equals \a trustedFingerprint (the one the user just
/// accepted); then it is added to known_hosts and the connection goes on.
///
/// After login the session learns the account's login shell (LoginShell):
/// every command line is made for it, and an account whose shell would not
/// run our commands faithfully is refused here, with the reason.
class SshSession final
{
public:
    SshSession(const HostProfile &profile, const SshCredentials &credentials, const SshOptions &options);
    ~SshSession();
    Q_DISABLE_COPY_MOVE(SshSession)

    RemoteResult<void> open(const QString &trustedFingerprint);
    void close();
    bool isOpen() const;
    ssh_session_struct *handle() const { return m_session; }

    /// Whether AES-GCM goes before libssh's first choice, ChaCha20-Poly1305:
    /// on CPUs with AES instructions (x86 AES-NI and carry-less multiply).
    /// Both are AEADs OpenSSH recommends; ChaCha20 leads its lists because it
    /// is fast and constant-time in software, but with the instructions
    /// AES-GCM costs both ends less CPU per byte, which a log streamed from
    /// the host for the Statistics tab feels (tests/bench/stats).
    static bool prefersAesGcm();
    /// The login shell found by the last open().
    const LoginShell &loginShell() const { return m_loginShell; }

private:
    RemoteResult<void> verifyHostKey(const QString &trustedFingerprint);
    RemoteResult<void> detectLoginShell();
    /// Runs \a line on a channel of its own and returns its stdout (at most 4 KiB).
    RemoteResult<QByteArray> runProbe(const QByteArray &line);
    RemoteResult<void> authenticate();
    int authenticateKbdInt();
    RemoteError libsshError(RemoteError::Kind kind, const QString &message) const;

    HostProfile m_profile;
    SshCredentials m_credentials;
    SshOptions m_options;
    ssh_session_struct *m_session = nullptr;
    LoginShell m_loginShell;
};

} // namespace Mailwarden
