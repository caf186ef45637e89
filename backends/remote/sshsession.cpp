#include "sshsession.h"

#include "core/tr.h"
#include "secretmemory.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <libssh/libssh.h>

namespace Mailwarden {

namespace {

// libssh hands out C strings and keys that must be freed with its own calls.
struct KeyDeleter {
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<ssh_key_struct, KeyDeleter>;

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty() && !secret.isDetached())
        secret.detach();
    secret.fill('\0');
    secret.clear();
}

QString fingerprintOf(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    const QString fingerprint = QString::fromLatin1(text);
    ssh_string_free_char(text);
    ssh_clean_pubkey_hash(&hash);
    return fingerprint;
}

} // namespace

SshCredentials::~SshCredentials()
{
    wipe(password);
    wipe(keyPassphrase);
}

QString SshOptions::defaultKnownHostsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/known_hosts");
}

SshSession::SshSession(const HostProfile &profile, const SshCredentials &credentials, const SshOptions &options)
    : m_profile(profile), m_credentials(credentials), m_options(options)
{
    if (!m_credentials.password.isEmpty() || !m_credentials.keyPassphrase.isEmpty())
        protectProcessSecrets();
    if (m_options.knownHostsFile.isEmpty())
        m_options.knownHostsFile = SshOptions::defaultKnownHostsFile();
}

SshSession::~SshSession()
{
    close();
}

bool SshSession::isOpen() const
{
    return m_session && ssh_is_connected(m_session);
}

void SshSession::close()
{
    if (!m_session)
        return;
    if (ssh_is_connected(m_session))
        ssh_disconnect(m_session);
    ssh_free(m_session);
    m_session = nullptr;
}

RemoteError SshSession::libsshError(RemoteError::Kind kind, const QString &message) const
{
    return RemoteError::make(kind, message, m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString());
}

bool SshSession::prefersAesGcm()
{
#if defined(__x86_64__) || defined(__i386__)
    return __builtin_cpu_supports("aes") && __builtin_cpu_supports("pclmul");
#else
    return false;
#endif
}

RemoteResult<void> SshSession::open(const QString &trustedFingerprint)
{
    close();
    // libssh ignores port 0 (its option call fails) and would connect to 22.
    if (m_profile.port == 0) {
        return std::unexpected(RemoteError::make(RemoteError::Kind::Connect,
            Tr::tr("The port of %1 is not a port number (1 to 65535).").arg(m_profile.address)));
    }
    m_session = ssh_new();
    if (!m_session)
        return std::unexpected(RemoteError::make(RemoteError::Kind::Connect, Tr::tr("Out of memory.")));

    const QByteArray address = m_profile.address.toUtf8();
    const QByteArray user = m_profile.user.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(m_options.knownHostsFile);
    const unsigned int port = m_profile.port;
    const long timeoutSeconds = qMax<long>(1, long(m_options.connectTimeout.count() / 1000));
    const int yes = 1;
    const bool no = false;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no); // ~/.ssh/config must not change what a profile means
    ssh_options_set(m_session, SSH_OPTIONS_HOST, address.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &yes); // small commands: no Nagle delay
    if (prefersAesGcm()) {
        // "^": moved to the front of libssh's default list, nothing removed.
        const char *first = "^aes128-gcm@openssh.com,aes256-gcm@openssh.com";
        ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_C_S, first);
        ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_S_C, first);
    }

    if (ssh_connect(m_session) != SSH_OK) {
        const QString detail = QString::fromUtf8(ssh_get_error(m_session));
        const bool timedOut = detail.contains(QLatin1String("imeout"));
        close();
        return std::unexpected(RemoteError::make(timedOut ? RemoteError::Kind::Timeout : RemoteError::Kind::Connect,
            timedOut ? Tr::tr("%1 did not answer on port %2 in time.").arg(m_profile.address).arg(m_profile.port)
                     : Tr::tr("Cannot reach the SSH server of %1 on port %2. Check the address and port, and that "
                              "the server is running.")
                           .arg(m_profile.address)
                           .arg(m_profile.port),
            detail));
    }
    if (auto verified = verifyHostKey(trustedFingerprint); !verified) {
        close();
        return verified;
    }
    if (auto authenticated = authenticate(); !authenticated) {
        close();
        return authenticated;
    }
    if (auto shell = detectLoginShell(); !shell) {
        close();
        return shell;
    }
    return {};
}

RemoteResult<QByteArray> SshSession::runProbe(const QByteArray &line)
{
    struct ChannelDeleter {
        void operator()(ssh_channel channel) const
        {
            ssh_channel_close(channel);
            ssh_channel_free(channel);
        }
    };
    const std::unique_ptr<ssh_channel_struct, ChannelDeleter> channel(ssh_channel_new(m_session));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK
        || ssh_channel_request_exec(channel.get(), line.constData()) != SSH_OK) {
        return std::unexpected(libsshError(RemoteError::Kind::Connect,
            Tr::tr("%1 accepted the login but does not run commands for “%2”.")
                .arg(m_profile.address, m_profile.user)));
    }
    QByteArray out;
    char buffer[1024];
    const QDeadlineTimer deadline(m_options.connectTimeout);
    while (!ssh_channel_is_eof(channel.get()) && out.size() < 4096) {
        const int n = ssh_channel_read_timeout(
            channel.get(), buffer, sizeof buffer, 0, int(qMax<qint64>(1, deadline.remainingTime())));
        if (n < 0)
            return std::unexpected(libsshError(
                RemoteError::Kind::Disconnected, Tr::tr("The connection to %1 was lost.").arg(m_profile.address)));
        out.append(buffer, n);
        if (n == 0 && deadline.hasExpired()) {
            return std::unexpected(RemoteError::make(RemoteError::Kind::Timeout,
                Tr::tr("%1 did not answer in time after the login.").arg(m_profile.address)));
        }
    }
    return out;
}

RemoteResult<void> SshSession::detectLoginShell()
{
    const auto printed = runProbe(LoginShell::probeLine());
    if (!printed)
        return std::unexpected(printed.error());
    m_loginShell = LoginShell::fromProbeOutput(*printed);
    if (m_loginShell.kind() == LoginShell::Kind::Other) {
        // Prove that the shell hands the wrapped line to /bin/sh unchanged.
        const QByteArray marker = "mailwarden 'ok' \\ $HOME\n";
        const auto echoed = runProbe(m_loginShell.commandLine({"printf", "%s", marker}));
        if (!echoed)
            return std::unexpected(echoed.error());
        if (*echoed != marker)
            m_loginShell = LoginShell::fromProbeOutput({}); // Refused
    }
    if (m_loginShell.kind() == LoginShell::Kind::Refused) {
        const QString shell = QString::fromUtf8(printed->trimmed().left(200));
        return std::unexpected(RemoteError::make(RemoteError::Kind::Connect,
            Tr::tr("The login shell of “%1” on %2 (%3) does not run Mailwarden's commands faithfully. Give the "
                   "account a POSIX shell such as /bin/bash or /bin/sh.")
                .arg(m_profile.user, m_profile.address, shell.isEmpty() ? Tr::tr("it printed nothing") : shell)));
    }
    return {};
}

RemoteResult<void> SshSession::verifyHostKey(const QString &trustedFingerprint)
{
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(m_session, &rawKey) != SSH_OK)
        return std::unexpected(libsshError(RemoteError::Kind::Connect, Tr::tr("The server sent no host key.")));
    const KeyPtr key(rawKey);
    const QString fingerprint = fingerprintOf(key.get());
    const QString keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));

    auto hostKeyError = [&](RemoteError::Kind kind, const QString &message) {
        RemoteError error = RemoteError::make(kind, message);
        error.fingerprint = fingerprint;
        error.keyType = keyType;
        return std::unexpected(error);
    };

    switch (ssh_session_is_known_server(m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        return hostKeyError(RemoteError::Kind::HostKeyChanged,
            Tr::tr("WARNING: the host key of %1 has CHANGED. Someone may be intercepting the connection, or the "
                   "host was reinstalled. Mailwarden refuses to connect. Only if the host's administrator confirms "
                   "the new key (%2), remove the old entry from %3.")
                .arg(m_profile.address, fingerprint, m_options.knownHostsFile));
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (m_options.acceptNewHostKey || (!trustedFingerprint.isEmpty() && trustedFingerprint == fingerprint)) {
            QDir().mkpath(QFileInfo(m_options.knownHostsFile).absolutePath());
            if (ssh_session_update_known_hosts(m_session) != SSH_OK) {
                return std::unexpected(libsshError(
                    RemoteError::Kind::Io, Tr::tr("Cannot record the host key in %1.").arg(m_options.knownHostsFile)));
            }
            return {};
        }
        return hostKeyError(RemoteError::Kind::HostKeyUnknown,
            Tr::tr("%1 is not a known host. Its %2 key has the fingerprint %3. Compare it with the "
                   "fingerprint the host's administrator gives you before you trust it.")
                .arg(m_profile.address, keyType, fingerprint));
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return std::unexpected(libsshError(
        RemoteError::Kind::Io, Tr::tr("Cannot read the known hosts file %1.").arg(m_options.knownHostsFile)));
}

int SshSession::authenticateKbdInt()
{
    int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    // Answer every hidden prompt with the password (PAM asks "Password: ");
    // a bound on rounds stops a server that keeps asking.
    for (int round = 0; rc == SSH_AUTH_INFO && round < 5; ++round) {
        const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo);
            const QByteArray answer = echo ? m_profile.user.toUtf8() : m_credentials.password;
            ssh_userauth_kbdint_setanswer(m_session, unsigned(i), answer.constData());
        }
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    }
    return rc;
}

RemoteResult<void> SshSession::authenticate()
{
    // "none" first: some servers need it before they list their methods.
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    const int offered = ssh_userauth_list(m_session, nullptr);
    const QString method = HostProfile::authDisplayName(m_profile.auth);
    auto notOffered = [&](int flag) { return (offered & flag) == 0; };

    switch (m_profile.auth) {
    case HostProfile::Auth::PublicKey: {
        if (notOffered(SSH_AUTH_METHOD_PUBLICKEY))
            break;
        ssh_key rawKey = nullptr;
        const QByteArray path = QFile::encodeName(m_profile.keyFile);
        const char *passphrase
            = m_credentials.keyPassphrase.isEmpty() ? nullptr : m_credentials.keyPassphrase.constData();
        if (ssh_pki_import_privkey_file(path.constData(), passphrase, nullptr, nullptr, &rawKey) != SSH_OK) {
            return std::unexpected(RemoteError::make(RemoteError::Kind::Authentication,
                passphrase ? Tr::tr("Cannot load the key file %1: it is unreadable, or the passphrase is wrong.")
                                 .arg(m_profile.keyFile)
                           : Tr::tr("Cannot load the key file %1: it is unreadable or needs a passphrase.")
                                 .arg(m_profile.keyFile)));
        }
        const KeyPtr key(rawKey);
        rc = ssh_userauth_publickey(m_session, nullptr, key.get());
        break;
    }
    case HostProfile::Auth::Agent:
        if (notOffered(SSH_AUTH_METHOD_PUBLICKEY))
            break;
        if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            return std::unexpected(RemoteError::make(
                RemoteError::Kind::Authentication, Tr::tr("No SSH agent is running (SSH_AUTH_SOCK is not set).")));
        }
        rc = ssh_userauth_agent(m_session, nullptr);
        break;
    case HostProfile::Auth::Password:
        if (notOffered(SSH_AUTH_METHOD_PASSWORD))
            break;
        rc = ssh_userauth_password(m_session, nullptr, m_credentials.password.constData());
        break;
    case HostProfile::Auth::KeyboardInteractive:
        if (notOffered(SSH_AUTH_METHOD_INTERACTIVE))
            break;
        rc = authenticateKbdInt();
        break;
    }

    const bool methodOffered = !notOffered(m_profile.auth == HostProfile::Auth::Password ? SSH_AUTH_METHOD_PASSWORD
            : m_profile.auth == HostProfile::Auth::KeyboardInteractive                   ? SSH_AUTH_METHOD_INTERACTIVE
                                                                                         : SSH_AUTH_METHOD_PUBLICKEY);
    if (!methodOffered) {
        return std::unexpected(RemoteError::make(RemoteError::Kind::Authentication,
            Tr::tr("The SSH server of %1 does not offer the login method “%2”.").arg(m_profile.address, method)));
    }
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    if (rc == SSH_AUTH_ERROR)
        return std::unexpected(libsshError(RemoteError::Kind::Connect, Tr::tr("The connection failed during login.")));
    return std::unexpected(RemoteError::make(RemoteError::Kind::Authentication,
        Tr::tr("%1 refused the login of “%2” (method: %3). Check the user name and the credentials.")
            .arg(m_profile.address, m_profile.user, method)));
}

} // namespace Mailwarden
