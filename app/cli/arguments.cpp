// Argument helpers of every sub-command; their own file so the launcher
// (launcher.cpp) links them without the host commands.
#include "clicommand.h"

namespace Mailwarden::Cli {

std::optional<QString> takeOption(QStringList &args, const QString &name)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == name && i + 1 < args.size()) {
            const QString value = args[i + 1];
            args.remove(i, 2);
            return value;
        }
        if (args[i].startsWith(name + QLatin1Char('=')))
            return args.takeAt(i).mid(name.size() + 1);
    }
    return std::nullopt;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

} // namespace Mailwarden::Cli
