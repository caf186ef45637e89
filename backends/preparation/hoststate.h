#pragma once

#include "preparationplan.h"
#include "remote/remoteerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Mailwarden {

class Host;

/// What is at one of the plan's paths on the host.
struct FileState {
    enum class Kind {
        Missing, ///< nothing there: it will be created
        Same, ///< the planned bytes already (nothing to do)
        Different, ///< other bytes: replaced only with the admin's consent
        NotRegular, ///< a symbolic link, directory or other: never replaced
        Unreadable, ///< the admin's account cannot read it (root can; checked then)
    };
    Kind kind = Kind::Missing;
    QByteArray sha256; ///< of what is there (Same, Different)
    QByteArray content; ///< what is there when Different and readable (for the diff)

    /// One translated line: "missing: will be created", "installed, identical", …
    QString describe() const;
    static Kind compare(const QByteArray &stateLine, const PlannedFile &planned, QByteArray *sha256);
};

/// What the admin's account sees of a host before anything is installed (no
/// root): sudo's version, whether sudo asks this account for a password, the
/// state of each planned file, and which planned rules `sudo -n -l` lists.
struct HostState {
    QString sudoVersion; ///< "1.9.16p2"; empty when sudo is missing
    bool sudoWithoutPassword = false; ///< `sudo -n true` works (no password needed to prepare)
    QList<FileState> files; ///< in plan.files() order
    int rulesListed = 0; ///< planned rules `sudo -n -l` lists already
    QList<QByteArray> listedCommands; ///< every NOPASSWD command `sudo -n -l` lists for root

    /// sudo's version only (to make the plan). Blocks: never on the GUI thread.
    static RemoteResult<QString> querySudoVersion(Host &host);
    /// Everything above for \a plan. Blocks: never on the GUI thread.
    static RemoteResult<HostState> inspect(Host &host, const PreparationPlan &plan);
    /// The commands `sudo -l` lists as NOPASSWD for root (or ALL), in its words.
    static QList<QByteArray> nopasswdCommands(const QByteArray &sudoListOutput);
};

} // namespace Mailwarden
