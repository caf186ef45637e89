#pragma once

#include "mta/catalogue.h"
#include "mta/changeset.h"
#include "mta/mtadetection.h"
#include "mta/mtafiles.h"
#include "mta/mtaoption.h"
#include "remote/hostprofile.h"
#include "remote/remoteerror.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Mailwarden {
class Host;
class Mta;
} // namespace Mailwarden

namespace Mailwarden::Cli {

/// A host opened for editing: its connection, its detected MTA and catalogue.
struct HostMta {
    QString name;
    std::unique_ptr<Host> host;
    MtaDetection detection;
    const Mta *mta = nullptr;
    QList<CatalogueEntry> catalogue;
    QList<MtaOption> options; ///< the host's options, read with the catalogue

    /// The catalogue entry for \a file: a path, or a unique file name ("sender_access").
    std::optional<CatalogueEntry> find(const QString &file, QTextStream &err) const;
    /// The file's bytes (as the admin; through the root-file helper when unreadable).
    std::optional<QByteArray> read(const QString &path, QTextStream &err) const;

    /// A file as an edit starts from: its bytes, or absent (the root-file
    /// helper's word: the change then creates it, expecting it still absent).
    using Loaded = LoadedFile;
    std::optional<Loaded> load(const QString &path, QTextStream &err) const;
};

/// A host opened for a command: its profile and its (not yet connected) Host.
struct OpenedHost {
    HostProfile profile;
    std::unique_ptr<Host> host;
};

/// Takes the connection options (--accept-new, --accept-fingerprint,
/// --known-hosts) and the host NAME (the first other argument) out of \a args
/// and opens the profile's Host. nullopt after telling \a err why (\a exitCode:
/// UsageError).
std::optional<OpenedHost> openNamedHost(QStringList &args, QTextStream &err, int &exitCode);

/// The host could not be reached or would not let us in: like a usage error,
/// the command never got to the MTA (exit code 2, as `test` has it).
bool unreachable(const RemoteError &error);

/// Takes the connection options (--accept-new, --accept-fingerprint, --known-hosts)
/// and the host NAME (the first other argument) out of \a args, connects, detects
/// and reads the catalogue and the options (MtaSurvey). nullopt after telling
/// \a err why, with \a exitCode set: UsageError without a NAME, for an unknown
/// one and when the host cannot be reached (connection, host key,
/// authentication), else Failure.
std::optional<HostMta> openHostMta(QStringList &args, QTextStream &err, int *exitCode = nullptr);

/// A change set file as `apply` and `harden --apply` read it (the ChangeSet's
/// JSON; other keys are the caller's, in \a json). nullopt after telling \a err
/// which file and what is wrong.
std::optional<ChangeSet> readChangeSetFile(const QString &path, QTextStream &err, QJsonObject *json = nullptr);
/// Whether \a changes is for \a mta, the MTA host \a hostName runs; if not,
/// \a err says so (\a path names the file).
bool changeSetFits(
    const ChangeSet &changes, MtaKind mta, const QString &path, const QString &hostName, QTextStream &err);

/// Shows \a changes' diff; unless \a dryRun, applies them as one transaction and
/// prints the report. Returns the exit code (0 applied or nothing to do, 1 not).
/// With \a json, a dry run prints {"changes": the ChangeSet's JSON (as apply
/// reads it), "diff": the preview} instead of the diff.
int applyChanges(
    HostMta &target, const ChangeSet &changes, bool dryRun, QTextStream &out, QTextStream &err, bool json = false);

} // namespace Mailwarden::Cli
