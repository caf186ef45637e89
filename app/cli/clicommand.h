#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>

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

} // namespace Mailwarden::Cli
