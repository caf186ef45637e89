#pragma once

#include "core/mtakind.h"
#include "sudorule.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

namespace Mailwarden {

/// One file `hosts prepare` installs as root.
struct PlannedFile {
    enum class Role { Helper, FilePaths, Sudoers };

    Role role = Role::Helper;
    QString path;
    QByteArray content;
    uint mode = 0644; ///< owner and group are always root:root

    /// Hex SHA-256 of content.
    QByteArray sha256() const;
    /// What the file is for, translated ("the root-file helper", …).
    QString purpose() const;
};

/// What preparing a host for Mailwarden installs (docs/hosts.md, "Preparing a
/// host"): the root-file helper byte for byte as shipped (resources/host/mw-file,
/// compiled in), the list of files it may touch for the host's MTA, and a
/// sudoers drop-in for the admin's account whose lines are that MTA's
/// resources/host/sudoers template. The lab installs the same files
/// (tests/lab), so the plan and the lab cannot drift apart.
struct PreparationPlan {
    static constexpr auto kFilePathsPath = "/etc/mailwarden/file-paths";
    static constexpr auto kDefaultHelperPath = "/usr/local/sbin/mw-file";

    MtaKind mta = MtaKind::Unknown;
    QString user;
    PlannedFile helper;
    PlannedFile filePaths;
    PlannedFile sudoers;
    /// The sudoers lines, parsed (what `sudo -n -l` must list afterwards).
    QList<SudoRule> rules;
    /// A file the helper may read on this MTA, for the check at the end.
    QString probePath;
    /// Lines the template has that this host's sudo cannot take, and why.
    QStringList leftOut;

    /// The plan for \a user on a host running \a mta with the helper at
    /// \a helperPath. \a sudoVersion ("1.9.16p2", from `sudo -V`; empty:
    /// unknown, assumed recent): before 1.9.10 sudo has no regular
    /// expressions, so the lines that need one are left out (leftOut says so).
    /// Errors: Unknown MTA, a user name or helper path sudoers cannot hold
    /// safely, root as the user.
    static std::expected<PreparationPlan, QString> make(
        MtaKind mta, const QString &user, const QString &helperPath, const QString &sudoVersion = {});

    /// The helper as shipped (resources/host/mw-file).
    static QByteArray shippedHelper();
    /// True when a sudo of \a version ("1.9.16p2") reads regular expressions.
    static bool sudoHasRegex(const QString &version);

    QList<PlannedFile> files() const { return {helper, filePaths, sudoers}; }
    /// "Postfix", "Sendmail" or "qmail", as the projects write their names.
    QString mtaTitle() const;
    /// True when one of the rules lets \a argv run (see SudoRule::allows).
    bool allows(const QByteArrayList &argv) const;
    QJsonObject toJson() const;
};

} // namespace Mailwarden
