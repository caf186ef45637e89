#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace Mailwarden {

/// The login shell of the account on an SSH host. sshd runs every exec
/// request through it (`$SHELL -c LINE`), so it decides how LINE is read:
/// POSIX shells (sh, bash, dash, ksh, zsh, …) read shellJoin()'s quoting as
/// meant; fish and csh do not (fish takes `\\` inside single quotes as an
/// escape, csh refuses a newline in them).
///
/// Found once per connection (SshSession asks `echo $SHELL`, which every
/// shell reads alike). For a POSIX shell the line is shellJoin(argv). For any
/// other shell it is
///
///     exec /bin/sh -c 'eval "$(echo BASE64 | base64 -d)"'
///
/// with shellJoin(argv) in base64: single quotes around text without `'`,
/// `\`, `!` or a newline mean the same to sh, fish, csh and tcsh, so /bin/sh
/// gets the exact POSIX line. SshSession checks that this works before it
/// relies on it, and refuses the connection with a clear message otherwise
/// (and for accounts whose shell runs no commands: nologin, false, rbash).
class LoginShell final
{
public:
    enum class Kind {
        Posix, ///< lines go as they are
        Other, ///< lines go through /bin/sh, base64-wrapped
        Refused, ///< runs no commands for us (nologin, false, a restricted shell)
    };

    LoginShell() = default;
    /// What `echo $SHELL` printed (trailing white space ignored).
    static LoginShell fromProbeOutput(QByteArrayView output);
    /// The line that finds the shell: the same words in every shell.
    static QByteArray probeLine() { return QByteArrayLiteral("echo $SHELL"); }

    Kind kind() const { return m_kind; }
    /// The shell's path ("/usr/bin/fish"), or what the probe printed instead.
    const QByteArray &path() const { return m_path; }
    /// The exec request for \a argv under this shell.
    QByteArray commandLine(const QByteArrayList &argv) const;

private:
    Kind m_kind = Kind::Posix;
    QByteArray m_path;
};

} // namespace Mailwarden
