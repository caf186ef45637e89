#include "command.h"

#include "core/tr.h"
#include "shellquote.h"

#include <QLocale>

namespace Mailwarden {

Command Command::fromStrings(const QStringList &argv, bool sudo)
{
    Command command;
    command.sudo = sudo;
    for (const QString &argument : argv)
        command.argv << argument.toUtf8();
    return command;
}

QByteArrayList Command::effectiveArgv() const
{
    if (!sudo)
        return argv;
    return QByteArrayList {"sudo", "-n", "--"} + argv;
}

QString Command::displayString() const
{
    return QString::fromUtf8(shellJoin(effectiveArgv()));
}

RemoteError Command::outputTooLarge() const
{
    return RemoteError::make(RemoteError::Kind::Io,
        Tr::tr("“%1” wrote more than %2 of output and was stopped.")
            .arg(displayString(), QLocale::system().formattedDataSize(maxOutputBytes)));
}

QDebug operator<<(QDebug debug, const Command &command)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Command(" << command.displayString();
    if (!command.input.isEmpty())
        debug << ", stdin " << command.input.size() << " bytes";
    return debug << ')';
}

QDebug operator<<(QDebug debug, const CommandResult &result)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "CommandResult(exit " << result.exitCode;
    if (!result.exitSignal.isEmpty())
        debug << ", signal " << result.exitSignal;
    return debug << ", out " << result.out.left(200) << ", err " << result.err.left(200) << ')';
}

QDebug operator<<(QDebug debug, const FileInfo &info)
{
    QDebugStateSaver saver(debug);
    if (!info.exists)
        return debug.nospace() << "FileInfo(missing)";
    return debug.nospace() << "FileInfo(" << info.size << " bytes, mode " << Qt::oct << info.mode << Qt::dec << ", "
                           << info.owner << ':' << info.group << ", " << info.modified << ')';
}

} // namespace Mailwarden
