#pragma once

#include <QDebug>
#include <QString>

#include <expected>

namespace Mailwarden {

/// Why work on a host failed. Every Host call reports failure as a value of
/// this type (never by exception). `message` is a translated sentence for the
/// user; `detail` is technical, untranslated text (libssh's error, a command's
/// stderr) for logs and "Details…". Neither ever contains a password or key.
struct RemoteError {
    enum class Kind {
        InvalidArgument, ///< the request itself is wrong (NUL byte in an argument, empty argv)
        Connect, ///< TCP/SSH handshake failed (refused, unreachable, protocol)
        Timeout, ///< connect or command time limit reached
        HostKeyUnknown, ///< no known_hosts entry: ask the user with `fingerprint`
        HostKeyChanged, ///< the key differs from known_hosts: refuse, warn loudly
        Authentication, ///< every allowed authentication method was refused
        Disconnected, ///< the connection dropped while the request was in flight
        Cancelled, ///< the caller cancelled
        SudoRefused, ///< `sudo -n` has no rule for the command
        FileChanged, ///< compare-and-swap: the file is no longer what was loaded
        Io, ///< a file operation on the host failed
        Secrets, ///< the secret store could not be read or written
    };

    Kind kind = Kind::Io;
    QString message;
    QString detail;
    QString fingerprint; ///< "SHA256:…" of the server's key, for the host-key kinds
    QString keyType; ///< "ssh-ed25519", … for the host-key kinds

    static RemoteError make(Kind kind, const QString &message, const QString &detail = {});
    /// message, plus detail in parentheses when there is one.
    QString toString() const;
    static QString kindName(Kind kind);
};

QDebug operator<<(QDebug debug, const RemoteError &error);

/// The value of an operation that succeeds without a result. (Futures carry
/// RemoteResult<Done> rather than RemoteResult<void>: GCC 14 reports a false
/// maybe-uninitialized when std::expected<void, E> moves through QFuture.)
struct Done {
    friend bool operator==(Done, Done) = default;
};

/// The result of every remote operation: a value or a RemoteError.
template<typename T>
using RemoteResult = std::expected<T, RemoteError>;

} // namespace Mailwarden
