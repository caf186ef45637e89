#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>

#include <expected>

namespace Mailwarden {

/// One line of a prepared host's sudoers drop-in:
/// `USER ALL = (root) NOPASSWD: PROGRAM [ARGS]`, in the only forms Mailwarden
/// writes (resources/host/sudoers): no arguments given (any argument allowed,
/// only for the file helper), `""` (no argument allowed), exact arguments, or
/// a regular expression `^...$` over the arguments joined by spaces (sudo
/// 1.9.10 and later). allows() answers as sudo would for these forms, so the
/// tests can check every command the console runs against the plan.
struct SudoRule {
    enum class Args { Any, None, Exact, Regex };

    QByteArray user;
    QByteArray program;
    Args args = Args::Any;
    QByteArray pattern; ///< the exact arguments or the regular expression
    QString comment; ///< the comment block above it (and the rules next to it), without '#'

    /// True when sudo would let \a argv (program first) run by this rule.
    bool allows(const QByteArrayList &argv) const;
    /// "PROGRAM ARGS" as in the sudoers line and in `sudo -l`'s list.
    QByteArray command() const;
    /// The full sudoers line.
    QByteArray line() const;

    /// The rules of a drop-in in the forms above. A line in any other form
    /// (aliases, Defaults, wildcards, escapes, runas other than root, PASSWD)
    /// is an error naming its line: the plan holds only what it can explain.
    static std::expected<QList<SudoRule>, QString> parse(const QByteArray &text);

    friend bool operator==(const SudoRule &, const SudoRule &) = default;
};

} // namespace Mailwarden
