#include "hoststate.h"

#include "core/tr.h"
#include "remote/host.h"

#include <QRegularExpression>

namespace Mailwarden {

namespace {

// One line per path: "missing", "other", "unreadable" or "regular SHA256".
// Fixed text; the paths arrive as arguments, never inside the script.
constexpr auto kStateScript = R"sh(for f in "$@"; do
  if [ -L "$f" ]; then echo other
  elif [ -f "$f" ]; then
    if [ -r "$f" ]; then printf 'regular %s\n' "$(sha256sum <"$f" | cut -c1-64)"; else echo unreadable; fi
  elif [ -e "$f" ]; then echo other
  elif [ -d "${f%/*}" ] && [ ! -x "${f%/*}" ]; then echo unreadable
  else echo missing
  fi
done)sh";

Command adminShell(const QByteArray &script, const QByteArrayList &args = {})
{
    Command command;
    command.argv = {"/bin/sh", "-c", QByteArrayLiteral("PATH=/usr/sbin:/usr/bin:/sbin:/bin\n") + script, "sh"};
    command.argv += args;
    command.timeout = std::chrono::minutes(1);
    return command;
}

} // namespace

QString FileState::describe() const
{
    switch (kind) {
    case Kind::Missing:
        return Tr::tr("not there yet: will be created");
    case Kind::Same:
        return Tr::tr("installed, identical: nothing to do");
    case Kind::Different:
        return Tr::tr("DIFFERENT file there (SHA-256 %1): replaced only if you confirm")
            .arg(QString::fromLatin1(sha256));
    case Kind::NotRegular:
        return Tr::tr("something other than a plain file is there: never replaced");
    case Kind::Unreadable:
        return Tr::tr("this account cannot read it: checked as root before anything is installed");
    }
    return {};
}

FileState::Kind FileState::compare(const QByteArray &stateLine, const PlannedFile &planned, QByteArray *sha256)
{
    if (stateLine == "missing")
        return Kind::Missing;
    if (stateLine == "unreadable")
        return Kind::Unreadable;
    if (stateLine.startsWith("regular ")) {
        *sha256 = stateLine.mid(8).trimmed();
        return *sha256 == planned.sha256() ? Kind::Same : Kind::Different;
    }
    return Kind::NotRegular;
}

RemoteResult<QString> HostState::querySudoVersion(Host &host)
{
    const auto result = host.run(adminShell("sudo -V 2>/dev/null | sed -n '1s/^Sudo version //p'")).result();
    if (!result)
        return std::unexpected(result.error());
    return QString::fromUtf8(result->out.trimmed());
}

QList<QByteArray> HostState::nopasswdCommands(const QByteArray &sudoListOutput)
{
    // "    (root) NOPASSWD: /usr/sbin/postfix check, /usr/sbin/postfix reload"
    static const QRegularExpression entry(QStringLiteral("^\\s+\\((root|ALL)(?: : [^)]*)?\\) NOPASSWD: (.*)$"));
    QList<QByteArray> out;
    for (const QByteArray &line : sudoListOutput.split('\n')) {
        const QRegularExpressionMatch m = entry.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            continue;
        for (const QString &command : m.captured(2).split(QStringLiteral(", ")))
            out.append(command.trimmed().toUtf8());
    }
    return out;
}

RemoteResult<HostState> HostState::inspect(Host &host, const PreparationPlan &plan)
{
    HostState state;
    const auto version = querySudoVersion(host);
    if (!version)
        return std::unexpected(version.error());
    state.sudoVersion = *version;

    QByteArrayList paths;
    for (const PlannedFile &f : plan.files())
        paths.append(f.path.toUtf8());
    const auto listing = host.run(adminShell(kStateScript, paths)).result();
    if (!listing)
        return std::unexpected(listing.error());
    const QList<QByteArray> lines = listing->out.split('\n');
    const QList<PlannedFile> files = plan.files();
    for (qsizetype i = 0; i < files.size(); ++i) {
        FileState file;
        file.kind = FileState::compare(lines.value(i).trimmed(), files.at(i), &file.sha256);
        if (file.kind == FileState::Kind::Different) {
            const auto content = host.readFile(files.at(i).path).result();
            if (content)
                file.content = *content;
        }
        state.files.append(file);
    }

    // Without a terminal and with -n, sudo never waits for a password.
    const auto noPassword = host.run(Command {{"sudo", "-n", "true"}, false, {}, std::chrono::seconds(30)}).result();
    state.sudoWithoutPassword = noPassword && noPassword->exitCode == 0;
    const auto list = host.run(Command {{"sudo", "-n", "-l"}, false, {}, std::chrono::seconds(30)}).result();
    if (list && list->exitCode == 0) {
        state.listedCommands = nopasswdCommands(list->out);
        for (const SudoRule &rule : plan.rules)
            state.rulesListed += state.listedCommands.contains(rule.command()) ? 1 : 0;
    }
    return state;
}

} // namespace Mailwarden
