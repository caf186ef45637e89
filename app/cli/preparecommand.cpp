// mailwarden-cli hosts prepare NAME: installs the root-file helper, its list of
// files and the pinned sudo rules on a host, once, with the admin's consent.
#include "clicommand.h"

#include "core/unifieddiff.h"
#include "mta/mtadetector.h"
#include "preparation/hoststate.h"
#include "preparation/preparationplan.h"
#include "preparation/preparationrunner.h"
#include "remote/host.h"
#include "remote/hostprofile.h"
#include "remote/sshhost.h"
#include "remote/sshsession.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

#include <termios.h>
#include <unistd.h>

namespace Mailwarden::Cli {

namespace {

/// One line from stdin; without echo when it is a terminal. Wiped by the caller.
QByteArray readSecretLine(const QString &prompt)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios old {};
    if (tty) {
        QTextStream(stderr) << prompt << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    (void)in.open(stdin, QIODevice::ReadOnly);
    QByteArray line = in.readLine(4096);
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
        QTextStream(stderr) << '\n';
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool askConsent(const QString &question)
{
    if (!::isatty(STDIN_FILENO))
        return false;
    QTextStream(stderr) << question << ' ' << QCoreApplication::translate("cli", "[y/N]") << ' ' << Qt::flush;
    QFile in;
    (void)in.open(stdin, QIODevice::ReadOnly);
    const QByteArray answer = in.readLine(64).trimmed().toLower();
    return answer == "y" || answer == "yes" || answer == QCoreApplication::translate("cli", "y").toUtf8()
        || answer == QCoreApplication::translate("cli", "yes").toUtf8();
}

void printPlan(const QString &name, const HostProfile &profile, const PreparationPlan &plan, const HostState &state,
    QTextStream &out)
{
    out << QCoreApplication::translate(
        "cli", "Preparing %1 (%2, %3) for Mailwarden. These files are installed as root:")
               .arg(name, profile.target(), plan.mtaTitle())
        << "\n\n";
    const QList<PlannedFile> files = plan.files();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const PlannedFile &f = files.at(i);
        out << "  " << f.path << "  root:root " << QString::number(f.mode, 8).rightJustified(4, QLatin1Char('0'))
            << "  SHA-256 " << f.sha256() << '\n';
        out << "      " << f.purpose() << "; " << state.files.value(i).describe() << '\n';
    }
    out << '\n' << plan.filePaths.path << ":\n";
    for (const QByteArray &line : plan.filePaths.content.split('\n'))
        if (!line.isEmpty())
            out << "  " << line << '\n';
    out << '\n' << plan.sudoers.path << ":\n";
    for (const QByteArray &line : plan.sudoers.content.split('\n'))
        if (!line.isEmpty())
            out << "  " << line << '\n';
    for (const QString &left : plan.leftOut)
        out << '\n' << QCoreApplication::translate("cli", "Left out: %1").arg(left) << '\n';
    out << '\n'
        << QCoreApplication::translate("cli", "sudo %1 on the host; sudo -n -l lists %2 of the %3 rules now.")
               .arg(state.sudoVersion.isEmpty() ? QCoreApplication::translate("cli", "(not found)") : state.sudoVersion)
               .arg(state.rulesListed)
               .arg(plan.rules.size())
        << '\n';
    for (qsizetype i = 0; i < files.size(); ++i) {
        const FileState &s = state.files.value(i);
        if (s.kind == FileState::Kind::Different && !s.content.isEmpty())
            out << '\n' << QString::fromUtf8(UnifiedDiff::diff(s.content, files.at(i).content, files.at(i).path));
    }
}

int usage(QTextStream &err)
{
    err << QCoreApplication::translate("cli",
        "Usage: mailwarden-cli hosts prepare NAME [--show] [--yes] [--replace] [--sudo-password-stdin] "
        "[--json] [--accept-new | --accept-fingerprint SHA256:...] [--known-hosts FILE]")
        << '\n';
    return UsageError;
}

} // namespace

int prepareHost(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool show = takeFlag(args, QStringLiteral("--show"));
    const bool yes = takeFlag(args, QStringLiteral("--yes"));
    const bool replace = takeFlag(args, QStringLiteral("--replace"));
    const bool passwordFromStdin = takeFlag(args, QStringLiteral("--sudo-password-stdin"));
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

    // The profile's MTA, when the admin set one, wins over detection.
    MtaKind kind = profile->mtaHint;
    if (kind == MtaKind::Unknown) {
        const auto detection = MtaDetector::detect(*host).result();
        if (!detection) {
            err << QCoreApplication::translate("cli", "%1: %2").arg(profile->name, detection.error().toString())
                << '\n';
            return Failure;
        }
        kind = detection->kind;
        for (const QString &warning : detection->warnings)
            err << QCoreApplication::translate("cli", "%1: %2").arg(profile->name, warning) << '\n';
    }
    const auto version = HostState::querySudoVersion(*host);
    if (!version) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(profile->name, version.error().toString()) << '\n';
        return Failure;
    }
    const auto plan = PreparationPlan::make(kind, profile->user, profile->fileHelper, *version);
    if (!plan) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(profile->name, plan.error()) << '\n';
        return Failure;
    }
    const auto state = HostState::inspect(*host, *plan);
    if (!state) {
        err << QCoreApplication::translate("cli", "%1: %2").arg(profile->name, state.error().toString()) << '\n';
        return Failure;
    }
    if (json && show) {
        QJsonObject o = plan->toJson();
        o.insert(QStringLiteral("host"), profile->name);
        o.insert(QStringLiteral("sudoVersion"), state->sudoVersion);
        o.insert(QStringLiteral("rulesListed"), state->rulesListed);
        QJsonArray states;
        for (const FileState &s : state->files)
            states.append(s.describe());
        o.insert(QStringLiteral("state"), states);
        out << QJsonDocument(o).toJson();
        return Success;
    }
    if (!json)
        printPlan(profile->name, *profile, *plan, *state, out);
    if (show)
        return Success;
    out.flush();

    if (!yes && !askConsent(QCoreApplication::translate("cli", "Install this on %1 as root?").arg(profile->name))) {
        err << QCoreApplication::translate(
            "cli", "Not installed: no consent (answer y on a terminal, or give --yes). Nothing was changed.")
            << '\n';
        return Failure;
    }
    PreparationRunner::Options options;
    options.replaceDifferent = replace;
    if (passwordFromStdin)
        options.sudoPassword = readSecretLine(QString());
    else if (!state->sudoWithoutPassword)
        options.sudoPassword = readSecretLine(
            QCoreApplication::translate("cli", "sudo password of %1 on %2 (sent to sudo only, never stored): ")
                .arg(profile->user, profile->name));
    PreparationRunner runner(*host, *plan, options);
    options.sudoPassword.fill('\0');
    QObject::connect(
        &runner, &PreparationRunner::stepFinished, &runner,
        [&](const QString &text, bool ok) {
            if (!json)
                out << (ok ? "[ok]   " : "[FAIL] ") << text << '\n' << Qt::flush;
        },
        Qt::DirectConnection);
    runner.start();
    const PreparationRunner::Outcome outcome = runner.wait();
    if (json) {
        QJsonObject o = plan->toJson();
        o.insert(QStringLiteral("host"), profile->name);
        o.insert(QStringLiteral("outcome"),
            QString::fromLatin1(QMetaEnum::fromType<PreparationRunner::Outcome>().valueToKey(int(outcome))).toLower());
        o.insert(QStringLiteral("summary"), runner.summary());
        o.insert(QStringLiteral("report"), runner.report().toText());
        out << QJsonDocument(o).toJson();
    } else {
        (outcome == PreparationRunner::Outcome::Prepared ? out : err) << '\n' << runner.report().toText();
    }
    (outcome == PreparationRunner::Outcome::Prepared ? out : err) << runner.summary() << '\n';
    return outcome == PreparationRunner::Outcome::Prepared ? Success : Failure;
}

} // namespace Mailwarden::Cli
