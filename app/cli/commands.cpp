#include "clicommand.h"

#include "versioninfo.h"

#include <QCoreApplication>

namespace Mailwarden::Cli {

Command formatCommand();
Command hostsCommand();
Command execCommand();
Command statsCommand();
Command testCommand();
Command mtaCommand();
Command optionCommand();
Command tableCommand();
Command historyCommand();
Command editCommand();
Command applyCommand();
Command rollbackCommand();
Command driftCommand();
Command queueCommand();
Command auditCommand();
Command hardenCommand();

namespace {

Command versionCommand()
{
    return {QStringLiteral("version"),
        QCoreApplication::translate("cli", "Print the versions of Mailwarden and the libraries it runs with."),
        [](const QStringList &, QTextStream &out, QTextStream &) {
            for (const QString &line : versionLines())
                out << line << '\n';
            return int(Success);
        }};
}

} // namespace

QList<Command> commands()
{
    return {formatCommand(), hostsCommand(), mtaCommand(), optionCommand(), tableCommand(), editCommand(),
        applyCommand(), historyCommand(), rollbackCommand(), driftCommand(), queueCommand(), execCommand(),
        statsCommand(), testCommand(), auditCommand(), hardenCommand(), versionCommand()};
}

} // namespace Mailwarden::Cli
