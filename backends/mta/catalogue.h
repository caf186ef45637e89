#pragma once

#include "core/mtakind.h"

#include <QDebug>
#include <QList>
#include <QString>
#include <QStringList>

namespace Mailwarden {

/// One table or config file a host's MTA uses, as resolved from its live
/// configuration (never from default paths).
struct CatalogueEntry {
    /// The groups an admin looks for tables in (the Tables tab's tree).
    enum class Group {
        MainConfig, ///< main.cf/master.cf, sendmail.mc/.cf: the Config tab's files
        AccessAndRelay,
        Aliases,
        Routing,
        AddressRewriting,
        HeaderBodyChecks,
        TlsAndSasl,
        ControlFiles, ///< qmail's one-value control files (me, databytes, smtpgreeting, …)
        Other
    };

    QString path; ///< source file on the host: /etc/postfix/sender_access (links resolved)
    QString configuredPath; ///< the name the configuration uses, when that is a symbolic link to path
    QString mapType; ///< hash, lmdb, cdb, btree, regexp, pcre, cidr, texthash, mysql, …; "" for a plain file
    QString formatType; ///< the format handler that edits it (formats/formathandler.h); "" when none does
    QStringList usedBy; ///< what refers to it: "alias_maps", "smtpd_sender_restrictions → check_sender_access"
    Group group = Group::Other;
    bool readOnly = false; ///< a database lookup (mysql, pgsql, ldap, sqlite, …): path is its query file

    /// Whether the MTA reads a compiled copy that must be rebuilt after an edit
    /// (postmap/postalias/makemap for hash, btree, lmdb, cdb, dbm, sdbm; tcprules
    /// and qmail-newu for qmail's cdb files).
    bool isIndexed() const;

    friend bool operator==(const CatalogueEntry &, const CatalogueEntry &) = default;
};

QDebug operator<<(QDebug debug, const CatalogueEntry &entry);

/// Translated name of a group, for headings.
QString catalogueGroupName(CatalogueEntry::Group group);

} // namespace Mailwarden
