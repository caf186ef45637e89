#pragma once

#include "core/linesplitter.h"
#include "remoteerror.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QDebug>
#include <QStringList>

#include <chrono>

namespace Mailwarden {

/// One program to run on a host, as an argument vector (never a shell string).
/// Arguments are bytes: UTF-8 for text, but any byte except NUL is allowed.
struct Command {
    QByteArrayList argv;
    /// Run as root through `sudo -n --` (no password prompt, ever). A missing
    /// sudo rule gives RemoteError::Kind::SudoRefused.
    bool sudo = false;
    /// Written to the program's stdin, then stdin is closed.
    QByteArray input;
    /// Time limit; zero means the host's default (SshOptions::commandTimeout,
    /// LocalHost::commandTimeout(); no limit for streams).
    std::chrono::milliseconds timeout {0};
    /// Most bytes kept of stdout and of stderr each: a command that writes
    /// more is stopped and fails (RemoteError::Kind::Io), so a runaway program
    /// cannot fill this machine's memory. Streams bound lines instead.
    qsizetype maxOutputBytes = kDefaultMaxOutputBytes;
    /// Streams only: the longest line handed on whole; longer ones arrive cut
    /// to it (RemoteStream::overlongLines()). Raise it for output whose lines
    /// can be long by right (`postqueue -j`: one line per message, with every
    /// recipient), never without a bound.
    qsizetype maxLineLength = LineSplitter::kDefaultMaxLineLength;

    static constexpr qsizetype kDefaultMaxOutputBytes = qsizetype(256) << 20;
    /// The hosts' default time limit: a command that hangs (or a connection
    /// that died without a word) ends with Kind::Timeout instead of never.
    static constexpr std::chrono::milliseconds kDefaultTimeout {std::chrono::minutes(5)};

    /// \a argv as UTF-8.
    static Command fromStrings(const QStringList &argv, bool sudo = false);
    /// The argv that really runs: with `sudo -n --` in front when sudo is set.
    QByteArrayList effectiveArgv() const;
    /// A readable one-line form for messages and logs (quoted like a shell).
    QString displayString() const;
    /// The error of a command stopped for writing more than maxOutputBytes.
    RemoteError outputTooLarge() const;
};

/// What a finished command gave back. A non-zero exit code is a result, not an
/// error: callers decide what it means.
struct CommandResult {
    int exitCode = -1; ///< -1 when the program died of a signal
    QString exitSignal; ///< "TERM", "KILL", … when it did
    QByteArray out;
    QByteArray err;

    bool succeeded() const { return exitCode == 0; }
};

/// What `stat` says about a path on a host.
struct FileInfo {
    bool exists = false;
    bool isRegularFile = false;
    qint64 size = 0;
    uint mode = 0; ///< permission bits, e.g. 0644
    uint uid = 0;
    uint gid = 0;
    QString owner;
    QString group;
    QDateTime modified;
};

QDebug operator<<(QDebug debug, const Command &command);
QDebug operator<<(QDebug debug, const CommandResult &result);
QDebug operator<<(QDebug debug, const FileInfo &info);

} // namespace Mailwarden
