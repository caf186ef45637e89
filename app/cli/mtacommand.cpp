// mailwarden-cli mta detect NAME [--json] [--accept-fingerprint FP]: which MTA
// a host runs, decided by what runs and what is configured, with the reasons.
#include "clicommand.h"

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
        "Usage: mailwarden-cli mta detect NAME [--json] [--accept-new | --accept-fingerprint FP] [--known-hosts FILE]")
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

int detect(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    SshOptions ssh;
    ssh.acceptNewHostKey = takeFlag(args, QStringLiteral("--accept-new"));
    ssh.knownHostsFile = takeOption(args, QStringLiteral("--known-hosts")).value_or(QString());
    const QString fingerprint = takeOption(args, QStringLiteral("--accept-fingerprint")).value_or(QString());
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return usage(err);
    const auto profile = findHostOrComplain(args.first(), err);
    if (!profile)
        return Failure;
    const std::unique_ptr<Host> host = openHost(*profile, ssh, err);
    if (!host)
        return Failure;
    if (auto *sshHost = qobject_cast<SshHost *>(host.get()); sshHost && !fingerprint.isEmpty())
        sshHost->trustHostKey(fingerprint);
    const auto detection = MtaDetector::detect(*host).result();
    if (!detection) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(profile->name, detection.error().toString()) << '\n';
        return Failure;
    }
    printDetection(*detection, json, out);
    return detection->kind == MtaKind::Unknown ? Failure : Success;
}

} // namespace

Command mtaCommand()
{
    return {QStringLiteral("mta"),
        QCoreApplication::translate("cli", "Detect which MTA a host runs: mta detect NAME [--json]."),
        [](const QStringList &arguments, QTextStream &out, QTextStream &err) {
            QStringList args = arguments;
            if (args.isEmpty())
                return usage(err);
            const QString verb = args.takeFirst();
            if (verb == QLatin1String("detect"))
                return detect(args, out, err);
            return usage(err);
        }};
}

} // namespace Mailwarden::Cli
