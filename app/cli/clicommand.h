#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace Mailwarden {
class Host;
struct HostProfile;
struct SshOptions;
} // namespace Mailwarden

namespace Mailwarden::Cli {

/// Exit codes shared by every sub-command.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/// One `mailwarden-cli NAME ...` sub-command. \a run gets the arguments after
/// NAME and returns the process exit code.
struct Command {
    QString name;
    QString summary;
    std::function<int(const QStringList &args, QTextStream &out, QTextStream &err)> run;
};

/// All sub-commands, in the order `mailwarden-cli --help` lists them. Each
/// command's file defines a function that returns its Command; commands.cpp
/// collects them.
QList<Command> commands();

/// Takes "NAME VALUE" (or "NAME=VALUE") out of \a args; nullopt when absent
/// (a NAME without a value stays in \a args, for the caller's usage check).
std::optional<QString> takeOption(QStringList &args, const QString &name);
/// Takes every NAME out of \a args; true when there was one.
bool takeFlag(QStringList &args, const QString &name);

/// The master password for the secrets file: MAILWARDEN_MASTER_PASSWORD, else
/// asked on the terminal (twice when \a creating); nullopt without a terminal.
std::optional<QByteArray> cliMasterPassword(bool creating);
/// The profile NAME, or nullopt after telling \a err there is none.
std::optional<HostProfile> findHostOrComplain(const QString &name, QTextStream &err);
/// The Host of \a profile with its stored secret, or nullptr after telling \a err why.
std::unique_ptr<Host> openHost(const HostProfile &profile, const SshOptions &options, QTextStream &err);
/// The same for the profile named \a name.
std::unique_ptr<Host> openHost(const QString &name, const SshOptions &options, QTextStream &err);

} // namespace Mailwarden::Cli
