// mailwarden-cli mta detect|catalogue NAME [--json] [--accept-fingerprint FP]:
// which MTA a host runs (decided by what runs and what is configured, with the
// reasons) and every table and config file it uses.
#include "clicommand.h"
#include "hostmta.h"

#include "mta/mta.h"
#include "mta/mtadetector.h"
#include "remote/host.h"
#include "remote/hostprofile.h"
#include "remote/sshhost.h"
#include "remote/sshsession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Mailwarden::Cli {

namespace {

int usage(QTextStream &err)
{
    err << QCoreApplication::translate("cli",
        "Usage: mailwarden-cli mta detect|catalogue NAME [--json] [--accept-new | --accept-fingerprint FP] "
        "[--known-hosts FILE]")
        << '\n';
    return UsageError;
}

void printDetection(const MtaDetection &d, bool json, QTextStream &out)
{
    if (json) {
        const QJsonObject o {{QStringLiteral("mta"), mtaKindName(d.kind)}, {QStringLiteral("version"), d.version},
            {QStringLiteral("running"), d.running}, {QStringLiteral("reasons"), QJsonArray::fromStringList(d.reasons)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(d.warnings)}};
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return;
    }
    out << QCoreApplication::translate("cli", "MTA: %1 %2").arg(mtaKindName(d.kind), d.version).trimmed() << '\n';
    for (const QString &reason : d.reasons)
        out << "  " << reason << '\n';
    for (const QString &warning : d.warnings)
        out << "  " << QCoreApplication::translate("cli", "warning: %1").arg(warning) << '\n';
}

void printCatalogue(const QList<CatalogueEntry> &entries, bool json, QTextStream &out)
{
    if (json) {
        QJsonArray list;
        for (const CatalogueEntry &e : entries)
            list.append(QJsonObject {{QStringLiteral("path"), e.path}, {QStringLiteral("mapType"), e.mapType},
                {QStringLiteral("format"), e.formatType}, {QStringLiteral("configuredPath"), e.configuredPath},
                {QStringLiteral("usedBy"), QJsonArray::fromStringList(e.usedBy)},
                {QStringLiteral("group"), catalogueGroupName(e.group)}, {QStringLiteral("readOnly"), e.readOnly},
                {QStringLiteral("indexed"), e.isIndexed()}});
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return;
    }
    for (int g = 0; g <= int(CatalogueEntry::Group::Other); ++g) {
        const auto group = CatalogueEntry::Group(g);
        bool heading = false;
        for (const CatalogueEntry &e : entries) {
            if (e.group != group)
                continue;
            if (!heading)
                out << catalogueGroupName(group) << '\n';
            heading = true;
            QString file = e.mapType.isEmpty() ? e.path : e.mapType + QLatin1Char(':') + e.path;
            if (!e.configuredPath.isEmpty())
                file += QCoreApplication::translate("cli", " (as %1)").arg(e.configuredPath);
            out << "  " << file.leftJustified(44) << ' ' << e.usedBy.join(QLatin1String(", "))
                << (e.readOnly ? QCoreApplication::translate("cli", " (read-only)") : QString()) << '\n';
        }
    }
}

// Opens the host named by the one argument left in \a args after the shared options.
std::unique_ptr<Host> hostFromArguments(QStringList &args, QString &name, QTextStream &err, int &exitCode)
{
    SshOptions ssh;
    ssh.acceptNewHostKey = takeFlag(args, QStringLiteral("--accept-new"));
    ssh.knownHostsFile = takeOption(args, QStringLiteral("--known-hosts")).value_or(QString());
    const QString fingerprint = takeOption(args, QStringLiteral("--accept-fingerprint")).value_or(QString());
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        exitCode = usage(err);
        return nullptr;
    }
    exitCode = UsageError; // an unknown name, like test's
    const auto profile = findHostOrComplain(args.first(), err);
    if (!profile)
        return nullptr;
    exitCode = Failure;
    name = profile->name;
    std::unique_ptr<Host> host = openHost(*profile, ssh, err);
    if (auto *sshHost = qobject_cast<SshHost *>(host.get()); sshHost && !fingerprint.isEmpty())
        sshHost->trustHostKey(fingerprint);
    return host;
}

int run(const QString &verb, QStringList args, QTextStream &out, QTextStream &err)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    QString name;
    int exitCode = Failure;
    const std::unique_ptr<Host> host = hostFromArguments(args, name, err, exitCode);
    if (!host)
        return exitCode;
    const auto detection = MtaDetector::detect(*host).result();
    if (!detection) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(name, detection.error().toString()) << '\n';
        return unreachable(detection.error()) ? UsageError : Failure;
    }
    if (verb == QLatin1String("detect")) {
        printDetection(*detection, json, out);
        return detection->kind == MtaKind::Unknown ? Failure : Success;
    }
    const Mta *mta = MtaRegistry::forKind(detection->kind);
    if (!mta) {
        printDetection(*detection, false, err);
        return Failure;
    }
    const auto entries = mta->catalogue(*host).result();
    if (!entries) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(name, entries.error().toString()) << '\n';
        return Failure;
    }
    printCatalogue(*entries, json, out);
    return Success;
}

} // namespace

Command mtaCommand()
{
    return {QStringLiteral("mta"),
        QCoreApplication::translate(
            "cli", "Which MTA a host runs and the tables it uses: mta detect|catalogue NAME [--json]."),
        [](const QStringList &arguments, QTextStream &out, QTextStream &err) {
            QStringList args = arguments;
            if (args.isEmpty())
                return usage(err);
            const QString verb = args.takeFirst();
            if (verb == QLatin1String("detect") || verb == QLatin1String("catalogue"))
                return run(verb, args, out, err);
            return usage(err);
        }};
}

} // namespace Mailwarden::Cli
