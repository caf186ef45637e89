// mailwarden-cli history HOST [ID] [--json] | rollback HOST ID [--dry-run [--json]] | drift HOST [--json]:
// the host's change journal (HistoryJournal), rolling a past change back as a
// new ChangeSet, and the files changed outside Mailwarden since.
#include "clicommand.h"
#include "hostmta.h"

#include "mta/absentfilerollback.h"
#include "mta/mta.h"
#include "remote/host.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Mailwarden::Cli {

namespace {

int usage(QTextStream &err)
{
    err << QCoreApplication::translate("cli",
        "Usage: mailwarden-cli history HOST [ID] [--json] | rollback HOST ID [--dry-run [--json]] | drift HOST "
        "[--json] "
        "[--accept-fingerprint FP] [--known-hosts FILE]")
        << '\n';
    return UsageError;
}

std::optional<QList<HistoryEntry>> journal(HostMta &target, QTextStream &err)
{
    const auto entries = HistoryJournal::read(*target.host, target.mta->kind());
    if (!entries) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(target.name, entries.error().toString()) << '\n';
        return std::nullopt;
    }
    if (const int broken = HistoryJournal::verify(*entries))
        err << QCoreApplication::translate(
            "cli", "warning: the journal's chain breaks at entry %1: it was edited outside Mailwarden")
                   .arg(broken)
            << '\n';
    return *entries;
}

int history(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    int exitCode = Failure;
    auto target = openHostMta(args, err, &exitCode);
    if (!target)
        return exitCode;
    if (args.size() > 1)
        return usage(err);
    const auto entries = journal(*target, err);
    if (!entries)
        return Failure;
    if (args.size() == 1) {
        const int id = args.first().toInt();
        for (const HistoryEntry &e : *entries) {
            if (e.id != id)
                continue;
            if (json)
                out << QJsonDocument(e.toJson()).toJson(QJsonDocument::Indented);
            else
                out << e.diff << '\n' << e.report;
            return Success;
        }
        err << QCoreApplication::translate("cli", "The journal has no change %1.").arg(args.first()) << '\n';
        return Failure;
    }
    if (json) {
        QJsonArray list;
        for (const HistoryEntry &e : *entries)
            list.append(e.toJson());
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const HistoryEntry &e : *entries) {
        QStringList paths;
        for (const HistoryEntry::File &f : e.files)
            paths.append(f.path);
        out << QStringLiteral("%1  %2  %3  %4  %5  (%6)\n")
                   .arg(e.id, 3)
                   .arg(e.time.toString(Qt::ISODate), e.who, e.outcome, e.description, paths.join(QLatin1String(", ")));
    }
    return Success;
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
    QList<FileChange> formats;
    for (const CatalogueEntry &c : target->catalogue)
        formats.append({c.path, c.formatType, c.mapType, {}, {}});
    const auto changes
        = rollbackWithAbsentFiles(*target->host, target->mta->kind(), *entries, args.first().toInt(), formats);
    if (!changes) {
        err << changes.error() << '\n';
        return Failure;
    }
    return applyChanges(*target, *changes, dryRun, out, err, json);
}

int drift(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    int exitCode = Failure;
    auto target = openHostMta(args, err, &exitCode);
    if (!target)
        return exitCode;
    if (!args.isEmpty())
        return usage(err);
    const auto entries = journal(*target, err);
    if (!entries)
        return Failure;
    const auto drifts = findDrift(*target->host, *entries);
    if (!drifts) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(target->name, drifts.error().toString()) << '\n';
        return Failure;
    }
    if (json) {
        QJsonArray list;
        for (const Drift &d : *drifts)
            list.append(QJsonObject {{QStringLiteral("path"), d.path}, {QStringLiteral("entry"), d.entryId},
                {QStringLiteral("recorded"), QString::fromLatin1(d.recordedSha256)},
                {QStringLiteral("current"), QString::fromLatin1(d.currentSha256)}});
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else if (drifts->isEmpty()) {
        out << QCoreApplication::translate("cli", "Every file is as Mailwarden's history last recorded it.") << '\n';
    } else {
        for (const Drift &d : *drifts)
            out << (d.currentSha256.isEmpty()
                    ? QCoreApplication::translate("cli", "%1: removed outside Mailwarden (last written by change %2)")
                    : QCoreApplication::translate("cli", "%1: changed outside Mailwarden since change %2"))
                       .arg(d.path)
                       .arg(d.entryId)
                << '\n';
    }
    return drifts->isEmpty() ? Success : Failure;
}

} // namespace

Command historyCommand()
{
    return {QStringLiteral("history"),
        QCoreApplication::translate("cli", "A host's change journal: history HOST [ID] [--json]."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return history(args, out, err); }};
}

Command rollbackCommand()
{
    return {QStringLiteral("rollback"),
        QCoreApplication::translate("cli", "Undo a change of the journal: rollback HOST ID [--dry-run]."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return rollback(args, out, err); }};
}

Command driftCommand()
{
    return {QStringLiteral("drift"),
        QCoreApplication::translate(
            "cli", "Files changed outside Mailwarden since its last change: drift HOST [--json]."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return drift(args, out, err); }};
}

} // namespace Mailwarden::Cli
