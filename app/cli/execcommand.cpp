// mailwarden-cli exec NAME [--sudo] [--accept-new] -- CMD ARGS...: runs one
// command on a host and passes its output and exit code through.
#include "clicommand.h"

#include "remote/host.h"
#include "remote/sshsession.h"

#include <QCoreApplication>
#include <QFile>

namespace Mailwarden::Cli {

namespace {

int execOn(const HostProfile &profile, const Mailwarden::Command &command, const SshOptions &options, QTextStream &err)
{
    const std::unique_ptr<Host> host = openHost(profile, options, err);
    if (!host)
        return Failure;
    const auto result = host->run(command).result();
    if (!result) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(profile.name, result.error().toString()) << '\n';
        if (result.error().kind == RemoteError::Kind::HostKeyUnknown)
            err << QCoreApplication::translate(
                "cli", "Check the fingerprint, then run again with --accept-new to trust it.")
                << '\n';
        return 255; // like ssh: the command did not run
    }
    err.flush();
    QFile out;
    (void)out.open(stdout, QIODevice::WriteOnly);
    out.write(result->out);
    out.flush();
    QFile errFile;
    (void)errFile.open(stderr, QIODevice::WriteOnly);
    errFile.write(result->err);
    return result->exitCode < 0 ? 255 : result->exitCode;
}

} // namespace

Command execCommand()
{
    return {QStringLiteral("exec"),
        QCoreApplication::translate("cli", "Run a command on a host: exec NAME [--sudo] [--accept-new] -- CMD ARGS..."),
        [](const QStringList &arguments, QTextStream &, QTextStream &err) {
            const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
            QStringList options = arguments.mid(0, separator);
            const QStringList argv = separator < 0 ? QStringList() : arguments.mid(separator + 1);
            Mailwarden::Command command = Mailwarden::Command::fromStrings(argv);
            command.sudo = options.removeAll(QStringLiteral("--sudo")) > 0;
            SshOptions ssh;
            ssh.acceptNewHostKey = options.removeAll(QStringLiteral("--accept-new")) > 0;
            const qsizetype known = options.indexOf(QStringLiteral("--known-hosts"));
            if (known >= 0 && known + 1 < options.size()) {
                ssh.knownHostsFile = options.at(known + 1);
                options.remove(known, 2);
            }
            if (separator < 0 || argv.isEmpty() || options.size() != 1) {
                err << QCoreApplication::translate("cli",
                    "Usage: mailwarden-cli exec NAME [--sudo] [--accept-new] [--known-hosts FILE] -- CMD ARGS...")
                    << '\n';
                return int(UsageError);
            }
            const auto profile = findHostOrComplain(options.first(), err);
            return profile ? execOn(*profile, command, ssh, err) : int(Failure);
        }};
}

} // namespace Mailwarden::Cli
