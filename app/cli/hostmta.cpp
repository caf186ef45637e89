#include "hostmta.h"

#include "clicommand.h"
#include "mta/changesetrunner.h"
#include "mta/mta.h"
#include "mta/mtafiles.h"
#include "mta/mtasurvey.h"
#include "remote/host.h"
#include "remote/hostprofile.h"
#include "remote/sshhost.h"
#include "remote/sshsession.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Mailwarden::Cli {

std::optional<CatalogueEntry> HostMta::find(const QString &file, QTextStream &err) const
{
    QList<CatalogueEntry> matches;
    for (const CatalogueEntry &e : catalogue) {
        if (e.path == file || e.configuredPath == file)
            return e;
        if (QFileInfo(e.path).fileName() == file || QFileInfo(e.configuredPath).fileName() == file)
            matches.append(e);
    }
    if (matches.size() == 1)
        return matches.first();
    err << (matches.isEmpty()
            ? QCoreApplication::translate("cli", "%1 uses no table or file named '%2' (see: mta catalogue %1)")
                  .arg(name, file)
            : QCoreApplication::translate("cli", "'%2' names several files on %1: give the full path").arg(name, file))
        << '\n';
    return std::nullopt;
}

std::optional<QByteArray> HostMta::read(const QString &path, QTextStream &err) const
{
    const auto file = load(path, err);
    if (file && file->absent) {
        err << QCoreApplication::translate("cli", "%1: %2 does not exist").arg(name, path) << '\n';
        return std::nullopt;
    }
    return file ? std::optional(file->bytes) : std::nullopt;
}

std::optional<HostMta::Loaded> HostMta::load(const QString &path, QTextStream &err) const
{
    auto file = MtaFiles::load(*host, path);
    if (file)
        return *file;
    err << QCoreApplication::translate("cli", "%1: %2").arg(name, file.error().toString()) << '\n';
    return std::nullopt;
}

bool unreachable(const RemoteError &error)
{
    using K = RemoteError::Kind;
    return error.kind == K::Connect || error.kind == K::Timeout || error.kind == K::HostKeyUnknown
        || error.kind == K::HostKeyChanged || error.kind == K::Authentication || error.kind == K::Disconnected;
}

std::optional<OpenedHost> openNamedHost(QStringList &args, QTextStream &err, int &exitCode)
{
    exitCode = UsageError;
    SshOptions ssh;
    ssh.acceptNewHostKey = takeFlag(args, QStringLiteral("--accept-new"));
    ssh.knownHostsFile = takeOption(args, QStringLiteral("--known-hosts")).value_or(QString());
    const QString fingerprint = takeOption(args, QStringLiteral("--accept-fingerprint")).value_or(QString());
    if (args.isEmpty())
        return std::nullopt;
    auto profile = findHostOrComplain(args.takeFirst(), err);
    if (!profile)
        return std::nullopt;
    OpenedHost opened {*profile, openHost(*profile, ssh, err)};
    if (!opened.host)
        return std::nullopt;
    if (auto *sshHost = qobject_cast<SshHost *>(opened.host.get()); sshHost && !fingerprint.isEmpty())
        sshHost->trustHostKey(fingerprint);
    return opened;
}

std::optional<HostMta> openHostMta(QStringList &args, QTextStream &err, int *exitCode)
{
    int ignored = Failure;
    int &code = exitCode ? *exitCode : ignored;
    auto opened = openNamedHost(args, err, code);
    if (!opened)
        return std::nullopt;
    const HostProfile *profile = &opened->profile;
    HostMta target;
    target.name = profile->name;
    target.host = std::move(opened->host);
    code = Failure;
    // One round trip on Postfix: detection, catalogue and options together.
    // The profile's MTA, when the admin set one, wins over detection.
    auto survey = MtaSurvey::survey(*target.host, profile->mtaHint).result();
    if (!survey) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(target.name, survey.error().toString()) << '\n';
        if (unreachable(survey.error()))
            code = UsageError;
        return std::nullopt;
    }
    target.detection = survey->detection;
    target.mta = survey->mta;
    target.options = std::move(survey->options);
    target.catalogue = std::move(survey->catalogue);
    return target;
}

int applyChanges(HostMta &target, const ChangeSet &changes, bool dryRun, QTextStream &out, QTextStream &err, bool json)
{
    if (json && dryRun) {
        out << QJsonDocument(QJsonObject {{QStringLiteral("changes"), changes.toJson()},
                                 {QStringLiteral("diff"), QString::fromUtf8(changes.preview())}})
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    if (changes.isEmpty()) {
        out << QCoreApplication::translate("cli", "Nothing to change.") << '\n';
        return Success;
    }
    out << QString::fromUtf8(changes.preview());
    if (dryRun)
        return Success;
    out.flush();
    ChangeSetRunner runner(*target.host, *target.mta, changes);
    runner.start();
    const ChangeSetRunner::Outcome outcome = runner.wait();
    (outcome == ChangeSetRunner::Outcome::Applied ? out : err) << runner.report().toText();
    switch (outcome) {
    case ChangeSetRunner::Outcome::Applied:
        out << QCoreApplication::translate("cli", "Applied.") << '\n';
        return Success;
    case ChangeSetRunner::Outcome::Refused:
        err << QCoreApplication::translate("cli", "Refused: nothing on %1 was changed.").arg(target.name) << '\n';
        break;
    case ChangeSetRunner::Outcome::RolledBack:
        err << QCoreApplication::translate("cli", "Failed and rolled back: %1 is as it was.").arg(target.name) << '\n';
        break;
    case ChangeSetRunner::Outcome::Cancelled:
        err << QCoreApplication::translate("cli", "Cancelled.") << '\n';
        break;
    default:
        err << QCoreApplication::translate(
            "cli", "THE ROLL BACK FAILED: check %1 by hand (the report names the backups).")
                   .arg(target.name)
            << '\n';
        break;
    }
    return Failure;
}

std::optional<ChangeSet> readChangeSetFile(const QString &path, QTextStream &err, QJsonObject *json)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("cli", "%1: cannot read: %2").arg(path, file.errorString()) << '\n';
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    auto changes = document.isObject() ? ChangeSet::fromJson(document.object())
                                       : std::expected<ChangeSet, QString>(std::unexpect, parseError.errorString());
    if (!changes) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(path, changes.error()) << '\n';
        return std::nullopt;
    }
    if (json)
        *json = document.object();
    return std::move(*changes);
}

bool changeSetFits(
    const ChangeSet &changes, MtaKind mta, const QString &path, const QString &hostName, QTextStream &err)
{
    if (changes.mta() == mta)
        return true;
    err << QCoreApplication::translate("cli", "%1 is a %2 change set, but %3 runs %4.")
               .arg(path, mtaKindName(changes.mta()), hostName, mtaKindName(mta))
        << '\n';
    return false;
}

} // namespace Mailwarden::Cli
