// mailwarden-cli: the headless console. Same backends as the GUI, so anything
// the GUI does a script can do and a test can check.
#include "clicommand.h"
#include "i18n.h"
#include "versioninfo.h"

#include <QCoreApplication>

using namespace Mailwarden;

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("cli", "Usage: mailwarden-cli COMMAND [ARGS...]") << '\n'
        << QCoreApplication::translate("cli", "       mailwarden-cli --version | --help") << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const Cli::Command &command : Cli::commands())
        out << "  " << command.name.leftJustified(12) << ' ' << command.summary << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mailwarden"));
    QCoreApplication::setApplicationName(QStringLiteral("mailwarden"));
    QCoreApplication::setApplicationVersion(applicationVersion());
    installTranslators(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? Cli::UsageError : Cli::Success;
    }
    if (args.first() == QLatin1String("--version"))
        args.first() = QStringLiteral("version");

    const QString name = args.takeFirst();
    for (const Cli::Command &command : Cli::commands()) {
        if (command.name == name)
            return command.run(args, out, err);
    }
    err << QCoreApplication::translate("cli", "mailwarden-cli: unknown command '%1'").arg(name) << '\n';
    printUsage(err);
    return Cli::UsageError;
}
