// mailwarden-cli hosts add|list|remove|test: host profiles for scripts.
#include "clicommand.h"

#include "core/portnumber.h"
#include "remote/hostfactory.h"
#include "remote/hostprobe.h"
#include "remote/hostprofilestore.h"
#include "remote/secretstore.h"
#include "remote/sshhost.h"

#include <QCoreApplication>
#include <QFile>

#include <termios.h>
#include <unistd.h>

namespace Mailwarden::Cli {

namespace {

QByteArray readLineNoEcho(const QString &prompt)
{
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios old {};
    const bool tty = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    (void)in.open(stdin, QIODevice::ReadOnly);
    QByteArray line = in.readLine();
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err << '\n';
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

int testHost(const HostProfile &profile, bool acceptNew, const QString &acceptFingerprint, const QString &knownHosts,
    QTextStream &out, QTextStream &err)
{
    SshOptions options;
    options.acceptNewHostKey = acceptNew;
    options.knownHostsFile = knownHosts;
    const std::unique_ptr<Host> host = openHost(profile, options, err);
    if (!host)
        return Failure;
    // A fingerprint learnt out of band (from the host's admin) trusts that key only.
    if (auto *ssh = qobject_cast<SshHost *>(host.get()); ssh && !acceptFingerprint.isEmpty())
        ssh->trustHostKey(acceptFingerprint);
    const auto probed = HostProbe::probe(*host, profile.useSudo).result();
    if (!probed) {
        err << QCoreApplication::translate("cli", "%1: connection failed: %2")
                   .arg(profile.name, probed.error().toString())
            << '\n';
        if (probed.error().kind == RemoteError::Kind::HostKeyUnknown)
            err << QCoreApplication::translate(
                "cli", "Check the fingerprint, then run again with --accept-fingerprint FINGERPRINT to trust it.")
                << '\n';
        return Failure;
    }
    out << QCoreApplication::translate("cli", "%1: connected to %2 (%3)")
               .arg(profile.name, profile.target(), probed->hostName)
        << '\n';
    out << QCoreApplication::translate("cli", "MTA: %1 %2").arg(mtaKindName(probed->mta), probed->mtaVersion).trimmed()
        << '\n';
    if (profile.useSudo)
        out << (probed->sudoWorks
                ? QCoreApplication::translate("cli", "sudo -n: ok")
                : QCoreApplication::translate("cli", "sudo -n: refused (%1)").arg(probed->sudoMessage))
            << '\n';
    return Success;
}

int addHost(QStringList args, QTextStream &out, QTextStream &err)
{
    HostProfile profile;
    const auto address = takeOption(args, QStringLiteral("--address"));
    const auto port = takeOption(args, QStringLiteral("--port"));
    const auto user = takeOption(args, QStringLiteral("--user"));
    const auto auth = takeOption(args, QStringLiteral("--auth"));
    const auto key = takeOption(args, QStringLiteral("--key"));
    const auto group = takeOption(args, QStringLiteral("--group"));
    const auto mta = takeOption(args, QStringLiteral("--mta"));
    const auto helper = takeOption(args, QStringLiteral("--file-helper"));
    const bool noSudo = takeFlag(args, QStringLiteral("--no-sudo"));
    const bool local = takeFlag(args, QStringLiteral("--local"));
    const bool secretFromStdin = takeFlag(args, QStringLiteral("--secret-stdin"));
    // An --mta other than the three is a usage error (the usage names them).
    const MtaKind mtaKind = mta ? mtaKindFromName(*mta).value_or(MtaKind::Unknown) : MtaKind::Unknown;
    if (args.size() != 1 || (!address && !local) || (mta && mtaKind == MtaKind::Unknown)) {
        err << QCoreApplication::translate("cli",
            "Usage: mailwarden-cli hosts add NAME --address HOST [--port N] [--user USER] "
            "[--auth key|agent|password|keyboard-interactive] [--key FILE] [--secret-stdin] "
            "[--no-sudo] [--group GROUP] [--mta postfix|sendmail|qmail] [--file-helper PATH] | hosts add NAME --local")
            << '\n';
        return UsageError;
    }
    profile.name = args.first();
    if (!HostProfile::isValidName(profile.name)) {
        err << QCoreApplication::translate(
            "cli", "'%1' is not a valid host name: use letters, digits, '.', '_' and '-'.")
                   .arg(profile.name)
            << '\n';
        return UsageError;
    }
    profile.kind = local ? HostProfile::Kind::Local : HostProfile::Kind::Ssh;
    profile.address = address.value_or(QStringLiteral("localhost"));
    const std::optional<quint16> portNumber = port ? parsePortNumber(*port) : quint16(22);
    if (!portNumber) {
        err << QCoreApplication::translate("cli", "'%1' is not a port number (1 to 65535).").arg(*port) << '\n';
        return UsageError;
    }
    profile.port = *portNumber;
    profile.user = user.value_or(qEnvironmentVariable("USER"));
    if (auth) {
        const auto method = HostProfile::authFromKey(*auth);
        if (!method) {
            err << QCoreApplication::translate("cli", "Unknown login method '%1'.").arg(*auth) << '\n';
            return UsageError;
        }
        profile.auth = *method;
    }
    profile.keyFile = key.value_or(QString());
    profile.useSudo = !noSudo;
    profile.group = group.value_or(QString());
    profile.mtaHint = mtaKind;
    if (helper)
        profile.fileHelper = *helper;

    if (secretFromStdin) {
        QFile in;
        (void)in.open(stdin, QIODevice::ReadOnly);
        QByteArray secret = in.readLine();
        while (secret.endsWith('\n') || secret.endsWith('\r'))
            secret.chop(1);
        SecretStore secrets(&cliMasterPassword);
        const auto written = secrets.write(profile.secretId(), secret);
        secret.fill('\0');
        if (!written) {
            err << written.error().toString() << '\n';
            return Failure;
        }
        profile.hasSecret = true;
    }
    HostProfileStore().save(profile);
    out << QCoreApplication::translate("cli", "Host %1 saved (%2).").arg(profile.name, profile.target()) << '\n';
    return Success;
}

int listHosts(QTextStream &out)
{
    const QList<HostProfile> profiles = HostProfileStore().profiles();
    for (const HostProfile &p : profiles) {
        out << p.name.leftJustified(20) << ' ' << p.target().leftJustified(32) << ' '
            << HostProfile::authKey(p.auth).leftJustified(20) << ' '
            << (p.group.isEmpty() ? QStringLiteral("-") : p.group) << ' '
            << (p.mtaHint == MtaKind::Unknown ? QStringLiteral("-") : mtaKindName(p.mtaHint)) << '\n';
    }
    return Success;
}

int removeHost(const QString &name, QTextStream &out, QTextStream &err)
{
    HostProfileStore store;
    const auto profile = store.find(name);
    if (!profile) {
        err << QCoreApplication::translate("cli", "No host named '%1'.").arg(name) << '\n';
        return Failure;
    }
    if (profile->hasSecret) {
        SecretStore secrets(&cliMasterPassword);
        if (const auto removed = secrets.remove(profile->secretId()); !removed) {
            err << removed.error().toString() << '\n';
            return Failure;
        }
    }
    store.remove(name);
    out << QCoreApplication::translate("cli", "Host %1 removed.").arg(name) << '\n';
    return Success;
}

} // namespace

std::optional<QByteArray> cliMasterPassword(bool creating)
{
    if (qEnvironmentVariableIsSet("MAILWARDEN_MASTER_PASSWORD"))
        return qgetenv("MAILWARDEN_MASTER_PASSWORD");
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    QByteArray first
        = readLineNoEcho(creating ? QCoreApplication::translate("cli", "New master password for the secrets file: ")
                                  : QCoreApplication::translate("cli", "Master password: "));
    if (creating && readLineNoEcho(QCoreApplication::translate("cli", "Repeat the master password: ")) != first)
        return std::nullopt;
    return first;
}

std::optional<HostProfile> findHostOrComplain(const QString &name, QTextStream &err)
{
    auto profile = HostProfileStore().find(name);
    if (!profile)
        err << QCoreApplication::translate("cli", "No host named '%1' (see: mailwarden-cli hosts list).").arg(name)
            << '\n';
    return profile;
}

std::unique_ptr<Host> openHost(const HostProfile &profile, const SshOptions &options, QTextStream &err)
{
    SecretStore secrets(&cliMasterPassword);
    auto host = HostFactory::create(profile, secrets, options);
    if (!host) {
        err << host.error().toString() << '\n';
        return nullptr;
    }
    return std::move(*host);
}

std::unique_ptr<Host> openHost(const QString &name, const SshOptions &options, QTextStream &err)
{
    const auto profile = findHostOrComplain(name, err);
    return profile ? openHost(*profile, options, err) : nullptr;
}

int prepareHost(QStringList args, QTextStream &out, QTextStream &err);

Command hostsCommand()
{
    return {QStringLiteral("hosts"),
        QCoreApplication::translate("cli", "Manage host profiles: hosts add|list|remove|test|prepare NAME."),
        [](const QStringList &arguments, QTextStream &out, QTextStream &err) {
            QStringList args = arguments;
            const QString verb = args.isEmpty() ? QString() : args.takeFirst();
            if (verb == QLatin1String("add"))
                return addHost(args, out, err);
            if (verb == QLatin1String("list") && args.isEmpty())
                return listHosts(out);
            if (verb == QLatin1String("remove") && args.size() == 1)
                return removeHost(args.first(), out, err);
            if (verb == QLatin1String("prepare"))
                return prepareHost(args, out, err);
            if (verb == QLatin1String("test")) {
                const bool acceptNew = takeFlag(args, QStringLiteral("--accept-new"));
                const QString fingerprint
                    = takeOption(args, QStringLiteral("--accept-fingerprint")).value_or(QString());
                const QString knownHosts = takeOption(args, QStringLiteral("--known-hosts")).value_or(QString());
                if (args.size() == 1) {
                    const auto profile = findHostOrComplain(args.first(), err);
                    return profile ? testHost(*profile, acceptNew, fingerprint, knownHosts, out, err) : int(Failure);
                }
            }
            err << QCoreApplication::translate("cli",
                "Usage: mailwarden-cli hosts add|list|remove NAME|test [--accept-new | --accept-fingerprint "
                "SHA256:...] [--known-hosts FILE] NAME|prepare NAME (see: hosts prepare --help)")
                << '\n';
            return int(UsageError);
        }};
}

} // namespace Mailwarden::Cli
