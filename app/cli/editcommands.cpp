// mailwarden-cli option get|set|unset HOST NAME [VALUE] [--dry-run]
// mailwarden-cli edit HOST FILE [--dry-run], apply HOST CHANGESET.json [--dry-run]
// Each change is previewed as a diff and applied as one transaction
// (ChangeSetRunner): compare-and-swap, backup, write, rebuild, validate,
// reload, verify; rolled back on any failure.
#include "clicommand.h"
#include "hostmta.h"

#include "mta/mta.h"
#include "mta/mtacommands.h"
#include "mta/mtaedits.h"
#include "mta/qmailcatalogue.h"
#include "mta/sendmailmta.h"
#include "remote/host.h"
#include "sendmail/sendmailmc.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace Mailwarden::Cli {

namespace {

int optionUsage(QTextStream &err)
{
    err << QCoreApplication::translate("cli",
        "Usage: mailwarden-cli option list HOST [--changed] [--json] | get HOST NAME [--json] | set|unset HOST NAME "
        "[VALUE] [--dry-run [--json]] [--accept-fingerprint FP] [--known-hosts FILE]")
        << '\n';
    return UsageError;
}

std::optional<CatalogueEntry> mainConfig(const HostMta &target, QTextStream &err)
{
    for (const CatalogueEntry &e : target.catalogue) {
        if (e.formatType == QLatin1String("postfix-main") || e.formatType == QLatin1String("sendmail-mc"))
            return e;
    }
    err << QCoreApplication::translate("cli", "%1: the catalogue names no main.cf or sendmail.mc").arg(target.name)
        << '\n';
    return std::nullopt;
}

// Whether the host's MTA knows \a name: postconf's own word for Postfix; for
// Sendmail, the name must occur in the cf macros that the .mc includes.
bool knownOption(const HostMta &target, const CatalogueEntry &config, const QByteArray &name, QTextStream &err)
{
    Mailwarden::Command check = config.formatType == QLatin1String("postfix-main")
        ? mtaShell("postconf -h -- \"$1\" 2>&1 >/dev/null | grep -q 'unknown parameter' && exit 3; exit 0", {name})
        : mtaShell("d=$(sed -n \"s|^include(\\`\\(/.*\\)/m4/cf.m4')dnl$|\\1|p\" \"$2\" | head -n 1); "
                   "[ -d \"$d\" ] || d=/usr/share/sendmail/cf; grep -rqw -- \"$1\" \"$d/m4\" \"$d/feature\" || exit 3",
              {name, config.path.toUtf8()});
    const auto result = target.host->run(check).result();
    if (result && result->exitCode == 0)
        return true;
    err << (result ? QCoreApplication::translate("cli", "%1: the MTA on this host knows no option '%2'")
                         .arg(target.name, QString::fromUtf8(name))
                   : result.error().toString())
        << '\n';
    return false;
}

int listOptions(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool changed = takeFlag(args, QStringLiteral("--changed"));
    int exitCode = Failure;
    auto target = openHostMta(args, err, &exitCode);
    if (!target)
        return exitCode;
    if (!args.isEmpty())
        return optionUsage(err);
    const QList<MtaOption> *options = &target->options;
    static const char *const types[] = {"bool", "number", "size", "time", "list", "restrictions", "tables", "text"};
    QJsonArray list;
    for (const MtaOption &o : *options) {
        if (changed && o.source == MtaOption::Source::Default)
            continue;
        if (json) {
            list.append(QJsonObject {{QStringLiteral("name"), QString::fromUtf8(o.name)},
                {QStringLiteral("value"), QString::fromUtf8(o.value)},
                {QStringLiteral("default"), QString::fromUtf8(o.defaultValue)}, {QStringLiteral("setIn"), o.where},
                {QStringLiteral("type"), QString::fromLatin1(types[int(o.type)])},
                {QStringLiteral("deprecated"), o.deprecated}, {QStringLiteral("warning"), o.warning},
                {QStringLiteral("explanation"), o.explanation}, {QStringLiteral("documentation"), o.documentation}});
            continue;
        }
        out << QString::fromUtf8(o.name) << " = " << QString::fromUtf8(o.value);
        if (o.source != MtaOption::Source::Default)
            out << "    "
                << QCoreApplication::translate("cli", "[set in %1; default: %2]")
                       .arg(o.where, QString::fromUtf8(o.defaultValue));
        if (o.deprecated)
            out << "    " << QCoreApplication::translate("cli", "[deprecated: %1]").arg(o.warning);
        out << '\n';
    }
    if (json)
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return Success;
}

void printOption(const QString &name, const QByteArray &value, const QJsonObject &extra, bool json, QTextStream &out)
{
    if (!json) {
        out << name << " = " << QString::fromUtf8(value) << '\n';
        return;
    }
    QJsonObject o {{QStringLiteral("name"), name}, {QStringLiteral("value"), QString::fromUtf8(value)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// qmail's options are its one-value control files: set writes the file's first
// line (creating the file when it is absent), unset removes it (qmail's default).
int qmailOption(HostMta &target, const QString &verb, const QStringList &args, bool dryRun, bool json, QTextStream &out,
    QTextStream &err)
{
    const auto options = target.mta->options(*target.host).result();
    if (!options) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(target.name, options.error().toString()) << '\n';
        return Failure;
    }
    const QByteArray name = args.at(0).toUtf8();
    const auto option
        = std::find_if(options->cbegin(), options->cend(), [&name](const MtaOption &o) { return o.name == name; });
    if (option == options->cend()) {
        err << QCoreApplication::translate("cli", "%1: qmail has no one-value control file '%2' (see: option list %1)")
                   .arg(target.name, args.at(0))
            << '\n';
        return Failure;
    }
    if (verb == QLatin1String("get")) {
        printOption(args.at(0), option->value,
            {{QStringLiteral("default"), QString::fromUtf8(option->defaultValue)},
                {QStringLiteral("setIn"), option->where}},
            json, out);
        return Success;
    }
    CatalogueEntry entry = QmailCatalogue::controlFile(name);
    for (const CatalogueEntry &e : target.catalogue) {
        if (e.path == entry.path)
            entry = e;
    }
    const auto file = target.load(entry.path, err);
    if (!file)
        return Failure;
    std::expected<FileChange, QString> change = std::unexpected(QString());
    if (verb == QLatin1String("set")) {
        change = MtaEdits::setQmailControl(entry, file->bytes, args.at(1).toUtf8());
    } else if (file->absent) {
        err << QCoreApplication::translate("cli", "%1 does not exist: qmail already uses its default").arg(entry.path)
            << '\n';
        return Failure;
    } else {
        change = MtaEdits::removeFile(entry, file->bytes);
    }
    if (!change) {
        err << change.error() << '\n';
        return Failure;
    }
    change->absentBefore = file->absent;
    ChangeSet changes(target.mta->kind(),
        verb == QLatin1String("set") ? QCoreApplication::translate("cli", "Set %1 = %2").arg(args.at(0), args.at(1))
                                     : QCoreApplication::translate("cli", "Unset %1").arg(args.at(0)));
    changes.addFile(*change);
    return applyChanges(target, changes, dryRun, out, err, json);
}

int option(QStringList args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return optionUsage(err);
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("list"))
        return listOptions(args, out, err);
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const qsizetype needed = verb == QLatin1String("set") ? 2 : 1; // NAME [VALUE] after the host
    if ((verb != QLatin1String("get") && verb != QLatin1String("set") && verb != QLatin1String("unset"))
        || args.isEmpty())
        return optionUsage(err);
    int exitCode = Failure;
    auto target = openHostMta(args, err, &exitCode);
    if (!target)
        return exitCode;
    if (args.size() != needed)
        return optionUsage(err);
    if (target->mta->kind() == MtaKind::Qmail)
        return qmailOption(*target, verb, args, dryRun, json, out, err);
    const auto config = mainConfig(*target, err);
    if (!config)
        return Failure;
    const bool postfix = config->formatType == QLatin1String("postfix-main");
    const QByteArray name = args.at(0).toUtf8();
    const auto content = target->read(config->path, err);
    if (!content)
        return Failure;
    if (verb == QLatin1String("get")) {
        if (postfix) {
            const auto result = target->host->run(mtaShell("exec postconf -- \"$1\"", {name})).result();
            if (!result || !result->succeeded() || result->err.contains("unknown parameter")) {
                err << (result ? QString::fromUtf8(result->err) : result.error().toString()) << '\n';
                return Failure;
            }
            // postconf prints "name = value"
            const QByteArray line = result->out.trimmed();
            const qsizetype eq = line.indexOf(" = ");
            printOption(args.at(0), eq < 0 ? QByteArray() : line.sliced(eq + 3), {}, json, out);
            return Success;
        }
        const auto mc = SendmailMc::parse(*content, config->path);
        const auto value = mc ? mc->define(name) : std::nullopt;
        if (!value) {
            err << QCoreApplication::translate("cli", "%1 does not define %2").arg(config->path, args.at(0)) << '\n';
            return Failure;
        }
        printOption(args.at(0), SendmailMta::defineValue(*value), {{QStringLiteral("setIn"), config->path}}, json, out);
        return Success;
    }
    if (verb == QLatin1String("set") && !knownOption(*target, *config, name, err))
        return Failure;
    std::expected<FileChange, QString> change = std::unexpected(QString());
    if (verb == QLatin1String("set"))
        change = postfix ? MtaEdits::setPostfixParameter(config->path, *content, name, args.at(1).toUtf8())
                         : MtaEdits::setSendmailDefine(config->path, *content, name, args.at(1).toUtf8());
    else if (postfix)
        change = MtaEdits::unsetPostfixParameter(config->path, *content, name);
    else
        change = MtaEdits::unsetSendmailDefine(config->path, *content, name);
    if (!change) {
        err << change.error() << '\n';
        return Failure;
    }
    ChangeSet changes(target->mta->kind(),
        verb == QLatin1String("set") ? QCoreApplication::translate("cli", "Set %1 = %2").arg(args.at(0), args.at(1))
                                     : QCoreApplication::translate("cli", "Unset %1").arg(args.at(0)));
    changes.addFile(*change);
    return applyChanges(*target, changes, dryRun, out, err, json);
}

} // namespace

Command optionCommand()
{
    return {QStringLiteral("option"),
        QCoreApplication::translate("cli",
            "Read or change an option (a main.cf parameter, a sendmail.mc define, a qmail control file): option "
            "get|set|unset HOST NAME [VALUE]."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return option(args, out, err); }};
}

} // namespace Mailwarden::Cli

namespace Mailwarden::Cli {

namespace {

int editUsage(QTextStream &err)
{
    err << QCoreApplication::translate("cli",
        "Usage: mailwarden-cli edit HOST FILE [--dry-run] | apply HOST CHANGESET.json [--dry-run [--json]] "
        "[--accept-fingerprint FP] [--known-hosts FILE]")
        << '\n';
    return UsageError;
}

// Raw editing: the file in the admin's $EDITOR (VISUAL, EDITOR, else vi), checked
// with its format, then one transaction like every other change.
int edit(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    int exitCode = Failure;
    auto target = openHostMta(args, err, &exitCode);
    if (!target)
        return exitCode;
    if (args.size() != 1)
        return editUsage(err);
    const auto entry = target->find(args.first(), err);
    if (!entry)
        return Failure;
    const auto content = target->read(entry->path, err);
    if (!content)
        return Failure;
    QTemporaryDir dir;
    const QString local = dir.filePath(QFileInfo(entry->path).fileName());
    QFile file(local);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(*content) != content->size()) {
        err << QCoreApplication::translate("cli", "Cannot write a local copy to edit.") << '\n';
        return Failure;
    }
    file.close();
    QString editor = qEnvironmentVariable("VISUAL");
    if (editor.isEmpty())
        editor = qEnvironmentVariable("EDITOR", QStringLiteral("vi"));
    QStringList command = QProcess::splitCommand(editor);
    if (command.isEmpty())
        return editUsage(err);
    const QString program = command.takeFirst();
    out.flush();
    for (;;) {
        if (QProcess::execute(program, command + QStringList {local}) != 0) {
            err << QCoreApplication::translate("cli", "The editor failed; nothing was changed.") << '\n';
            return Failure;
        }
        QFile edited(local);
        if (!edited.open(QIODevice::ReadOnly))
            return Failure;
        ChangeSet changes(target->mta->kind(), QCoreApplication::translate("cli", "Edit %1").arg(entry->path));
        changes.addFile({entry->path, entry->formatType, entry->mapType, *content, edited.readAll()});
        if (const auto error = changes.validate()) {
            // Show the error at the edited copy's position, like a compiler.
            err << error->toString().replace(entry->path, local) << '\n'
                << QCoreApplication::translate("cli", "Edit again? [Y/n] ");
            err.flush();
            QTextStream in(stdin);
            if (in.readLine().trimmed().toLower().startsWith(QLatin1Char('n')))
                return Failure;
            continue;
        }
        return applyChanges(*target, changes, dryRun, out, err);
    }
}

int applyFile(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    int exitCode = Failure;
    auto target = openHostMta(args, err, &exitCode);
    if (!target)
        return exitCode;
    if (args.size() != 1)
        return editUsage(err);
    const auto changes = readChangeSetFile(args.first(), err);
    if (!changes || !changeSetFits(*changes, target->mta->kind(), args.first(), target->name, err))
        return Failure;
    return applyChanges(*target, *changes, dryRun, out, err, json);
}

} // namespace

Command editCommand()
{
    return {QStringLiteral("edit"),
        QCoreApplication::translate(
            "cli", "Edit a file of the catalogue in $EDITOR, checked and applied: edit HOST FILE."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return edit(args, out, err); }};
}

Command applyCommand()
{
    return {QStringLiteral("apply"),
        QCoreApplication::translate(
            "cli", "Apply a change set saved as JSON: apply HOST FILE.json [--dry-run [--json]]."),
        [](const QStringList &args, QTextStream &out, QTextStream &err) { return applyFile(args, out, err); }};
}

} // namespace Mailwarden::Cli
