// mailwarden-cli exec NAME [--sudo] [--accept-new | --accept-fingerprint FP] -- CMD ARGS...:
// runs one command on a host and passes its output and exit code through.
#include "clicommand.h"

#include "remote/host.h"
#include "remote/sshhost.h"
#include "remote/sshsession.h"

#include <QCoreApplication>
#include <QFile>

namespace Mailwarden::Cli {

namespace {

int execOn(const HostProfile &profile, const Mailwarden::Command &command, const SshOptions &options,
    const QString &acceptFingerprint, QTextStream &err)
{
    const std::unique_ptr<Host> host = openHost(profile, options, err);
    if (!host)
        return Failure;
    // A fingerprint learnt out of band (from the host's admin) trusts that key only.
    if (auto *ssh = qobject_cast<SshHost *>(host.get()); ssh && !acceptFingerprint.isEmpty())
        ssh->trustHostKey(acceptFingerprint);
    const auto result = host->run(command).result();
    if (!result) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(profile.name, result.error().toString()) << '\n';
        if (result.error().kind == RemoteError::Kind::HostKeyUnknown)
            err << QCoreApplication::translate(
                "cli", "Check the fingerprint, then run again with --accept-fingerprint FINGERPRINT to trust it.")
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
        QCoreApplication::translate("cli",
            "Run a command on a host: exec NAME [--sudo] [--accept-new | --accept-fingerprint FP] -- CMD ARGS..."),
        [](const QStringList &arguments, QTextStream &, QTextStream &err) {
            const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
            QStringList options = arguments.mid(0, separator);
            const QStringList argv = separator < 0 ? QStringList() : arguments.mid(separator + 1);
            Mailwarden::Command command = Mailwarden::Command::fromStrings(argv);
            command.sudo = takeFlag(options, QStringLiteral("--sudo"));
            SshOptions ssh;
            ssh.acceptNewHostKey = takeFlag(options, QStringLiteral("--accept-new"));
            ssh.knownHostsFile = takeOption(options, QStringLiteral("--known-hosts")).value_or(QString());
            const QString fingerprint = takeOption(options, QStringLiteral("--accept-fingerprint")).value_or(QString());
            if (separator < 0 || argv.isEmpty() || options.size() != 1) {
                err << QCoreApplication::translate("cli",
                    "Usage: mailwarden-cli exec NAME [--sudo] [--accept-new | --accept-fingerprint FP] "
                    "[--known-hosts FILE] -- CMD ARGS...")
                    << '\n';
                return int(UsageError);
            }
            const auto profile = findHostOrComplain(options.first(), err);
            return profile ? execOn(*profile, command, ssh, fingerprint, err) : int(Failure);
        }};
}

} // namespace Mailwarden::Cli
