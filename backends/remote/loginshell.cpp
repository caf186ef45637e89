#include "loginshell.h"

#include "shellquote.h"

#include <array>

namespace Mailwarden {

namespace {

// Shells that read POSIX sh quoting the POSIX way (zsh too: shellQuote()
// quotes what zsh alone would expand).
constexpr std::array kPosixShells {
    "sh", "bash", "dash", "ash", "ksh", "ksh93", "mksh", "lksh", "pdksh", "oksh", "posh", "yash", "zsh", "busybox"};
// Accounts that exist to run nothing, or only what a restriction allows.
constexpr std::array kRefusingShells {
    "nologin", "false", "true", "rbash", "rksh", "git-shell", "scponly", "rssh", "sync", "halt", "shutdown"};

template<std::size_t N>
bool isOneOf(QByteArrayView name, const std::array<const char *, N> &names)
{
    for (const char *candidate : names) {
        if (name == QByteArrayView(candidate))
            return true;
    }
    return false;
}

} // namespace

LoginShell LoginShell::fromProbeOutput(QByteArrayView output)
{
    LoginShell shell;
    shell.m_path = output.trimmed().toByteArray();
    if (!shell.m_path.startsWith('/') || shell.m_path.contains('\n')) {
        shell.m_kind = Kind::Refused; // "This account is currently not available.", nothing, …
        return shell;
    }
    const QByteArrayView name = QByteArrayView(shell.m_path).sliced(shell.m_path.lastIndexOf('/') + 1);
    if (isOneOf(name, kPosixShells))
        shell.m_kind = Kind::Posix;
    else if (isOneOf(name, kRefusingShells))
        shell.m_kind = Kind::Refused;
    else
        shell.m_kind = Kind::Other;
    return shell;
}

QByteArray LoginShell::commandLine(const QByteArrayList &argv) const
{
    const QByteArray line = shellJoin(argv);
    if (m_kind == Kind::Posix)
        return line;
    // $(...) drops trailing newlines of the decoded text: shellJoin() never
    // ends in one (a quoted argument ends with its quote).
    return "exec /bin/sh -c 'eval \"$(echo " + line.toBase64() + " | base64 -d)\"'";
}

} // namespace Mailwarden
