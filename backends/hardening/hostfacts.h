#pragma once

#include "core/mtakind.h"
#include "remote/command.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <expected>

namespace Mailwarden::Hardening {

/// One file as the audit saw it: its mode and owner, and for the files it
/// reads, the first MiB of its content.
struct FileFact {
    QString path;
    bool exists = false;
    bool read = false; ///< content holds the file (or its first MiB)
    bool truncated = false;
    int mode = -1; ///< permission bits (0644), -1 when stat failed
    QString owner;
    QString group;
    qint64 size = 0;
    QByteArray content;

    /// Writable by group or others (the mta.perms finding), not a symlink target we cannot judge.
    bool writableByOthers() const { return mode >= 0 && (mode & 022); }
};

/// A listening TCP socket from `ss -ltn` inside the host.
struct ListeningSocket {
    QString address; ///< "127.0.0.1", "0.0.0.0", "::", "*"
    quint16 port = 0;
    bool isLoopback() const;
    friend bool operator==(const ListeningSocket &, const ListeningSocket &) = default;
};

/// What the audit reads from a host beside the MTA's configuration: file
/// modes and contents, the listening sockets, sshd's settings and the MTA's
/// version. All of it in one round trip (one fixed script, paths as arguments),
/// as the admin: nothing here needs root.
struct HostFacts {
    static constexpr qint64 kReadLimit = 1 << 20; ///< of each file, the first MiB is read

    QHash<QString, FileFact> files;
    QList<QString> sshdFiles; ///< sshd_config and its drop-ins, in the order sshd reads them
    QByteArray listening; ///< `ss -ltnH` output, as evidence; /proc/net/tcp{,6} where ss is missing
    bool fromProc = false; ///< listening holds /proc/net/tcp lines
    QByteArray version; ///< the MTA's version line ("" when it has no such command)

    const FileFact *file(const QString &path) const;
    QList<ListeningSocket> listeningSockets() const;
    /// sshd's effective value of \a keyword (first setting wins, as in sshd), lower-case; "" when unset.
    QByteArray sshdValue(QByteArrayView keyword, QString *where = nullptr) const;

    /// The command that collects the facts: \a read files are stat'ed and
    /// read (first MiB), \a statOnly only stat'ed.
    static Command command(MtaKind mta, const QStringList &read, const QStringList &statOnly);
    /// Parses the command's output; an error names what was malformed.
    static std::expected<HostFacts, QString> parse(const QByteArray &output);
};

} // namespace Mailwarden::Hardening
