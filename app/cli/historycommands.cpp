// mailwarden-cli history HOST [ID] [--json] [--offline] [--reset-cache]
//              | rollback HOST ID [--dry-run [--json]] | drift HOST [--diff] [--json]:
// the host's change journal (HistoryJournal) and this computer's cache of it
// (HistoryCache), rolling a past change back as a new ChangeSet (created and
// removed files included), and the files changed outside Mailwarden since,
// with what changed in them.
#include "clicommand.h"
#include "hostmta.h"

#include "mta/absentfilerollback.h"
#include "mta/history.h"
#include "mta/historycache.h"
#include "mta/mta.h"
#include "remote/host.h"
#include "remote/hostprofile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Mailwarden::Cli {

namespace {

int usage(QTextStream &err)
{
    err << QCoreApplication::translate("cli",
        "Usage: mailwarden-cli history HOST [ID] [--json] [--offline] [--reset-cache] | rollback HOST ID [--dry-run "
        "[--json]] | drift HOST [--diff] [--json] [--accept-fingerprint FP] [--known-hosts FILE]")
        << '\n';
    return UsageError;
}

/// The host's journal and whether it can be trusted: its chain holds and it
/// continues what this computer cached of it before.
struct Journal {
    QList<HistoryEntry> entries;
    bool trusted = true;
};

/// Reads the journal, verifies it and adds its new entries to the profile's
/// cache (after forgetting the cache when \a resetCache). Tampering is said on
/// \a err; a cache that cannot be opened is a warning, not a failure.
std::optional<Journal> journal(HostMta &target, QTextStream &err, bool resetCache = false)
{
    const auto entries = HistoryJournal::read(*target.host, target.mta->kind());
    if (!entries) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(target.name, entries.error().toString()) << '\n';
        return std::nullopt;
    }
    Journal out {*entries};
    if (const int broken = HistoryJournal::verify(*entries)) {
        err << QCoreApplication::translate(
            "cli", "warning: the journal's chain breaks at entry %1: it was edited outside Mailwarden")
                   .arg(broken)
            << '\n';
        out.trusted = false;
    }
    const auto cache = HistoryCache::open(HistoryCache::pathFor(target.name));
    if (!cache) {
        err << QCoreApplication::translate("cli", "warning: %1").arg(cache.error()) << '\n';
        return out;
    }
    if (resetCache) {
        if (const auto cleared = (*cache)->clear(); !cleared) {
            err << cleared.error() << '\n';
            return std::nullopt;
        }
    }
    if (const auto synced = (*cache)->sync(out.entries); !synced) {
        err << QCoreApplication::translate("cli", "TAMPERING: %1: %2").arg(target.name, synced.error()) << '\n';
        err << QCoreApplication::translate(
            "cli", "If the host's journal was replaced on purpose, accept it with: history %1 --reset-cache")
                   .arg(target.name)
            << '\n';
        out.trusted = false;
    }
    return out;
}

/// Lists \a entries, or shows the one \a id names (its diff, validation and report).
int show(const QList<HistoryEntry> &entries, const QStringList &id, bool json, QTextStream &out, QTextStream &err)
{
    if (!id.isEmpty()) {
        for (const HistoryEntry &e : entries) {
            if (e.id != id.first().toInt())
                continue;
            if (json)
                out << QJsonDocument(e.toJson()).toJson(QJsonDocument::Indented);
            else
                out << e.diff << '\n' << e.report;
            return Success;
        }
        err << QCoreApplication::translate("cli", "The journal has no change %1.").arg(id.first()) << '\n';
        return Failure;
    }
    if (json) {
        QJsonArray list;
        for (const HistoryEntry &e : entries)
            list.append(e.toJson());
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const HistoryEntry &e : entries) {
        QStringList paths;
        for (const HistoryEntry::File &f : e.files)
            paths.append(f.path);
        out << QStringLiteral("%1  %2  %3  %4  %5  (%6)\n")
                   .arg(e.id, 3)
                   .arg(e.time.toString(Qt::ISODate), e.who, e.outcome, e.description, paths.join(QLatin1String(", ")));
    }
    return Success;
}

/// The history of \a profile as cached on this computer, said to be the cache.
int showCached(const QString &profile, const QStringList &id, bool json, QTextStream &out, QTextStream &err)
{
    const auto cache = HistoryCache::open(HistoryCache::pathFor(profile));
    if (!cache) {
        err << cache.error() << '\n';
        return Failure;
    }
    const QDateTime synced = (*cache)->syncedAt();
    if (!synced.isValid()) {
        err << QCoreApplication::translate("cli", "Nothing of %1's history is cached on this computer yet.")
                   .arg(profile)
            << '\n';
        return Failure;
    }
    const auto entries = (*cache)->entries();
    if (!entries) {
        err << entries.error() << '\n';
        return Failure;
    }
    err << QCoreApplication::translate(
        "cli", "The history of %1 as cached on this computer, last read from the host %2 (UTC); not read now.")
               .arg(profile, synced.toString(Qt::ISODate))
        << '\n';
    return show(*entries, id, json, out, err);
}

int history(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool offline = takeFlag(args, QStringLiteral("--offline"));
    const bool resetCache = takeFlag(args, QStringLiteral("--reset-cache"));
    // The profile and the ID without connecting: --offline, and a host that
    // cannot be reached, still show the cache.
    QStringList rest = args;
    takeFlag(rest, QStringLiteral("--accept-new"));
    takeOption(rest, QStringLiteral("--known-hosts"));
    takeOption(rest, QStringLiteral("--accept-fingerprint"));
    if (rest.isEmpty() || rest.size() > 2 || (offline && resetCache))
        return usage(err);
    const auto profile = findHostOrComplain(rest.first(), err);
    if (!profile)
        return Failure;
    const QStringList id = rest.mid(1);
    if (offline)
        return showCached(profile->name, id, json, out, err);
    int exitCode = Failure;
    auto target = openHostMta(args, err, &exitCode);
    if (!target) {
        // Shown, but not a success: what is shown may be behind the host (2
        // when it cannot be reached, as every command says then).
        showCached(profile->name, id, json, out, err);
        return exitCode == Success ? Failure : exitCode;
    }
    const auto entries = journal(*target, err, resetCache);
    if (!entries)
        return Failure;
    const int shown = show(entries->entries, id, json, out, err);
    return entries->trusted ? shown : Failure;
}

int rollback(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    int exitCode = Failure;
    auto target = openHostMta(args, err, &exitCode);
    if (!target)
        return exitCode;
    if (args.size() != 1)
        return usage(err);
    const auto entries = journal(*target, err);
    if (!entries)
        return Failure;
    // The backups and hashes to restore come from the journal: one that was
    // tampered with could name anything.
    if (!entries->trusted) {
        err << QCoreApplication::translate("cli", "Roll back refused: the journal of %1 cannot be trusted (see above).")
                   .arg(target->name)
            << '\n';
        return Failure;
    }
    QList<FileChange> formats;
    for (const CatalogueEntry &c : target->catalogue)
        formats.append({c.path, c.formatType, c.mapType, {}, {}});
    const auto changes
        = rollbackWithAbsentFiles(*target->host, target->mta->kind(), entries->entries, args.first().toInt(), formats);
    if (!changes) {
        err << changes.error() << '\n';
        return Failure;
    }
    return applyChanges(*target, *changes, dryRun, out, err, json);
}

int drift(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool withDiff = takeFlag(args, QStringLiteral("--diff"));
    int exitCode = Failure;
    auto target = openHostMta(args, err, &exitCode);
    if (!target)
        return exitCode;
    if (!args.isEmpty())
        return usage(err);
    const auto entries = journal(*target, err);
    if (!entries)
        return Failure;
    const auto drifts = findDrift(*target->host, entries->entries);
    if (!drifts) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(target->name, drifts.error().toString()) << '\n';
        return Failure;
    }
    QJsonArray list;
    for (const Drift &d : *drifts) {
        QJsonObject item {{QStringLiteral("path"), d.path}, {QStringLiteral("entry"), d.entryId},
            {QStringLiteral("recorded"), QString::fromLatin1(d.recordedSha256)},
            {QStringLiteral("current"), QString::fromLatin1(d.currentSha256)}};
        if (!json)
            out << (d.currentSha256.isEmpty()
                    ? QCoreApplication::translate("cli", "%1: removed outside Mailwarden (last written by change %2)")
                    : QCoreApplication::translate("cli", "%1: changed outside Mailwarden since change %2"))
                       .arg(d.path)
                       .arg(d.entryId)
                << '\n';
        if (withDiff) {
            const auto diff = driftDiff(*target->host, d);
            if (diff) {
                item.insert(QStringLiteral("diff"), QString::fromUtf8(*diff));
                if (!json)
                    out << QString::fromUtf8(*diff);
            } else {
                item.insert(QStringLiteral("noDiff"), diff.error());
                if (!json)
                    out << QCoreApplication::translate("cli", "  no diff: %1").arg(diff.error()) << '\n';
            }
        }
        list.append(item);
    }
    if (json)
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    else if (drifts->isEmpty())
        out << QCoreApplication::translate("cli", "Every file is as Mailwarden's history last recorded it.") << '\n';
    return drifts->isEmpty() ? Success : Failure;
}

} // namespace

Command historyCommand()
{
    return {QStringLiteral("history"),
        QCoreApplication::translate(
            "cli", "A host's change journal (or its cached copy): history HOST [ID] [--json] [--offline]."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return history(args, out, err); }};
}

Command rollbackCommand()
{
    return {QStringLiteral("rollback"),
        QCoreApplication::translate("cli", "Undo a change of the journal: rollback HOST ID [--dry-run [--json]]."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return rollback(args, out, err); }};
}

Command driftCommand()
{
    return {QStringLiteral("drift"),
        QCoreApplication::translate(
            "cli", "Files changed outside Mailwarden since its last change: drift HOST [--diff] [--json]."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return drift(args, out, err); }};
}

} // namespace Mailwarden::Cli
