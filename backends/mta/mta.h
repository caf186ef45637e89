#pragma once

#include "catalogue.h"
#include "core/mtakind.h"
#include "filechange.h"
#include "mtaoption.h"
#include "remote/command.h"
#include "remote/remoteerror.h"

#include <QFuture>
#include <QObject>

namespace Mailwarden {

class Host;

/// One MTA's knowledge of a host (kpmcore's CoreBackend shape): what it uses
/// and, in later steps, its typed options and how a ChangeSet is rebuilt,
/// validated and reloaded. Implementations are stateless; MtaRegistry owns one
/// of each. Every call returns at once; the work runs on the host's worker and
/// the future is fulfilled there. The Host must outlive the future.
class Mta : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual MtaKind kind() const = 0;

    /// Every table and config file in use, resolved from the host's live
    /// configuration (never default paths), as the admin account (no sudo: the
    /// MTAs' configuration is world-readable on a standard install).
    virtual QFuture<RemoteResult<QList<CatalogueEntry>>> catalogue(Host &host) const = 0;

    /// Files generated from \a changes before anything is written (sendmail.cf
    /// from a changed sendmail.mc through m4), each with the host's current
    /// content as `before`; an error refuses the run, with nothing written (a new
    /// sendmail.cf, generated or edited, that `sendmail -C NEW -bt` cannot load).
    /// Blocks on \a host: the runner calls it on its own thread. Default: none.
    virtual RemoteResult<QList<FileChange>> derivedChanges(Host &host, const QList<FileChange> &changes) const;

    /// The settings of the host's MTA with their effective values, where each
    /// comes from and its default: Postfix's parameters from its own postconf
    /// (only those this version knows), Sendmail's sendmail.mc defines, qmail's
    /// one-value control files with qmail's documented defaults.
    virtual QFuture<RemoteResult<QList<MtaOption>>> options(Host &host) const = 0;

    // The steps a ChangeSet runs after its files are written (ChangeSetRunner):
    // each a list of commands (argv, usually with sudo) that must all exit 0.

    /// Rebuilds what the MTA reads instead of \a change's file (postmap,
    /// postalias, makemap, tcprules, qmail-newu); empty when it reads the file.
    /// \a fileHelper: the host's root-file helper (Sendmail's makemap runs
    /// through it, reading the written file, so a table is sent only once).
    virtual QList<Command> rebuildCommands(const FileChange &change, const QString &fileHelper) const = 0;
    /// Checks the whole configuration once every file is written and rebuilt.
    virtual QList<Command> validateCommands() const = 0;
    /// Makes the running MTA read its configuration again.
    virtual QList<Command> reloadCommands() const = 0;
    /// Confirms the MTA still runs after the reload.
    virtual QList<Command> verifyCommands() const = 0;
};

/// The Mta implementations, one per MtaKind.
class MtaRegistry final
{
public:
    /// The implementation for \a kind; nullptr for MtaKind::Unknown.
    static const Mta *forKind(MtaKind kind);
};

} // namespace Mailwarden
