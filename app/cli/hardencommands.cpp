// mailwarden-cli audit HOST and harden HOST --plan FILE | --apply FILE.

#include "clicommand.h"
#include "hardening/auditrunner.h"
#include "hardening/hardeningplan.h"
#include "hardening/hardeningreport.h"
#include "hostmta.h"
#include "mta/changesetrunner.h"
#include "mta/mta.h"
#include "remote/host.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Mailwarden::Cli {

using namespace Mailwarden::Hardening;

namespace {

QString auditUsage()
{
    return QCoreApplication::translate("cli",
        "usage: mailwarden-cli audit HOST [--role null-client|internal|relay|mx] [--json] [--smtp-port N]\n"
        "                            [--source ADDRESS] [--no-probes] [--known-hosts FILE]\n"
        "       mailwarden-cli harden HOST --plan FILE [--fix RULE,...] [audit options]\n"
        "       mailwarden-cli harden HOST --apply FILE [--report FILE.html] [audit options]\n"
        "audit exits 1 when a rule of high severity fails; harden --apply exits 1 when the change\n"
        "was refused or a fixed rule still fails afterwards.");
}

// The audit options shared by both commands; an error text on bad values.
std::expected<AuditOptions, QString> takeAuditOptions(QStringList &args)
{
    AuditOptions o;
    if (const auto role = takeOption(args, QStringLiteral("--role"))) {
        const auto r = roleFromName(*role);
        if (!r)
            return std::unexpected(QCoreApplication::translate("cli", "unknown role '%1'").arg(*role));
        o.role = *r;
    }
    if (const auto port = takeOption(args, QStringLiteral("--smtp-port"))) {
        bool ok = false;
        const uint p = port->toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return std::unexpected(QCoreApplication::translate("cli", "--smtp-port needs a port from 1 to 65535"));
        o.smtpPort = quint16(p);
    }
    if (const auto source = takeOption(args, QStringLiteral("--source")); source && !o.source.setAddress(*source))
        return std::unexpected(QCoreApplication::translate("cli", "'%1' is not an address").arg(*source));
    o.probes = !takeFlag(args, QStringLiteral("--no-probes"));
    return o;
}

// Runs one audit to its end; nullopt after telling \a err why.
std::optional<AuditReport> runAudit(
    OpenedHost &target, const AuditOptions &options, QTextStream &err, AuditInput *input = nullptr)
{
    AuditOptions o = options;
    o.address = target.profile.address;
    AuditRunner runner(*target.host, target.profile.mtaHint, o);
    QEventLoop loop;
    QObject::connect(&runner, &AuditRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    if (!runner.error().isEmpty()) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(target.profile.name, runner.error()) << '\n';
        return std::nullopt;
    }
    if (input)
        *input = runner.input();
    return runner.report();
}

int audit(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const auto options = takeAuditOptions(args);
    int code = UsageError;
    auto target = options ? openNamedHost(args, err, code) : std::nullopt;
    if (!options || !target || !args.isEmpty()) {
        if (!options)
            err << options.error() << '\n';
        err << auditUsage() << '\n';
        return UsageError;
    }
    const auto report = runAudit(*target, *options, err);
    if (!report)
        return UsageError;
    if (json)
        out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    else
        out << report->toText();
    return report->hasHighFailure() ? Failure : Success;
}

int plan(OpenedHost &target, const AuditOptions &options, const QString &file, const std::optional<QString> &fixList,
    QTextStream &out, QTextStream &err)
{
    AuditInput input;
    const auto report = runAudit(target, options, err, &input);
    if (!report)
        return UsageError;
    const QStringList rules
        = fixList ? fixList->split(QLatin1Char(','), Qt::SkipEmptyParts) : HardeningPlan::recommended(*report);
    if (rules.isEmpty()) {
        out << QCoreApplication::translate("cli", "Nothing to fix: no failed rule has an automatic fix.") << '\n';
        return Success;
    }
    const auto built = HardeningPlan::build(input.survey, input.facts, rules);
    if (!built) {
        err << QCoreApplication::translate("cli", "%1: the plan is refused: %2").arg(target.profile.name, built.error())
            << '\n';
        return Failure;
    }
    for (const PlannedFix &fix : built->fixes) {
        out << fix.ruleId << '\n';
        for (const QString &line : fix.changes)
            out << "    " << line << '\n';
    }
    out << QString::fromUtf8(built->changes.preview());
    QSaveFile save(file);
    // the ChangeSet as `apply` reads it, plus the rules it fixes for the verification
    QJsonObject json = built->changes.toJson();
    json.insert(QStringLiteral("fixes"), QJsonArray::fromStringList(rules));
    if (!save.open(QIODevice::WriteOnly) || save.write(QJsonDocument(json).toJson()) < 0 || !save.commit()) {
        err << QCoreApplication::translate("cli", "%1: cannot write: %2").arg(file, save.errorString()) << '\n';
        return Failure;
    }
    out << QCoreApplication::translate("cli", "Plan written to %1: review it, then harden %2 --apply %1")
               .arg(file, target.profile.name)
        << '\n';
    return Success;
}

int apply(OpenedHost &target, const AuditOptions &options, const QString &file,
    const std::optional<QString> &reportFile, QTextStream &out, QTextStream &err)
{
    QJsonObject json;
    const auto changes = readChangeSetFile(file, err, &json);
    if (!changes)
        return Failure;
    AuditInput input;
    HardeningRecord record;
    const auto before = runAudit(target, options, err, &input);
    if (!before)
        return UsageError;
    record.before = *before;
    const Mta *mta = input.survey.mta;
    if (!changeSetFits(*changes, mta->kind(), file, target.profile.name, err))
        return Failure;
    for (const QJsonValue &rule : json.value(QStringLiteral("fixes")).toArray())
        record.fixes << rule.toString();
    record.diff = changes->preview();
    out << QString::fromUtf8(record.diff);
    out.flush();
    ChangeSetRunner runner(*target.host, *mta, *changes);
    runner.start();
    const ChangeSetRunner::Outcome outcome = runner.wait();
    record.transaction = runner.report().toText();
    record.applied = outcome == ChangeSetRunner::Outcome::Applied;
    (record.applied ? out : err) << record.transaction;
    if (record.applied) {
        // verify: the whole audit again, so a fix that broke another rule shows too
        record.after = runAudit(target, options, err);
    } else {
        err << QCoreApplication::translate("cli", "Refused: nothing on %1 was changed.").arg(target.profile.name)
            << '\n';
    }
    out << record.toText();
    if (reportFile) {
        QSaveFile save(*reportFile);
        if (!save.open(QIODevice::WriteOnly) || save.write(record.toHtml().toUtf8()) < 0 || !save.commit()) {
            err << QCoreApplication::translate("cli", "%1: cannot write: %2").arg(*reportFile, save.errorString())
                << '\n';
            return Failure;
        }
    }
    return record.applied && record.after && record.stillFailing().isEmpty() ? Success : Failure;
}

int harden(QStringList args, QTextStream &out, QTextStream &err)
{
    const auto planFile = takeOption(args, QStringLiteral("--plan"));
    const auto applyFile = takeOption(args, QStringLiteral("--apply"));
    const auto fixList = takeOption(args, QStringLiteral("--fix"));
    const auto reportFile = takeOption(args, QStringLiteral("--report"));
    const auto options = takeAuditOptions(args);
    int code = UsageError;
    auto target
        = options && (planFile.has_value() != applyFile.has_value()) ? openNamedHost(args, err, code) : std::nullopt;
    if (!options || !target || !args.isEmpty()) {
        if (!options)
            err << options.error() << '\n';
        err << auditUsage() << '\n';
        return UsageError;
    }
    return planFile ? plan(*target, *options, *planFile, fixList, out, err)
                    : apply(*target, *options, *applyFile, reportFile, out, err);
}

} // namespace

Command auditCommand()
{
    return {QStringLiteral("audit"),
        QCoreApplication::translate(
            "cli", "Audit a host against the hardening catalogue: audit HOST [--role R] [--json]."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return audit(args, out, err); }};
}

Command hardenCommand()
{
    return {QStringLiteral("harden"),
        QCoreApplication::translate("cli",
            "Plan the fixes of an audit as a change set, or apply one and verify: harden HOST --plan|--apply FILE."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return harden(args, out, err); }};
}

} // namespace Mailwarden::Cli
