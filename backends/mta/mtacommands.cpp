#include "mtacommands.h"

namespace Mailwarden {

Command mtaShell(const QByteArray &script, const QByteArrayList &args)
{
    Command command;
    command.argv = {"sh", "-c",
        QByteArrayLiteral("PATH=/usr/sbin:/usr/local/sbin:/usr/bin:/bin:/sbin:/var/qmail/bin:$PATH\n") + script, "sh"};
    command.argv += args;
    command.timeout = std::chrono::minutes(1);
    command.maxOutputBytes = 64 << 20;
    return command;
}

} // namespace Mailwarden
