#include "host.h"

#include "core/tr.h"
#include "remotestream.h"

#include <QTimeZone>

namespace Mailwarden {

namespace {

const QByteArray kDefaultFileHelper = "/usr/local/sbin/mw-file";

// Prints "exists|type|size|mode|uid|gid|owner|group|mtime" or "missing".
// The path is $1: data never becomes part of the script.
const QByteArray kStatScript = "if [ -e \"$1\" ] || [ -L \"$1\" ]; then "
                               "exec stat -c 'exists|%F|%s|%a|%u|%g|%U|%G|%Y' -- \"$1\"; "
                               "else echo missing; fi";

template<typename T>
QFuture<RemoteResult<T>> readyFuture(RemoteResult<T> value)
{
    return QtFuture::makeReadyValueFuture(std::move(value));
}

RemoteResult<FileInfo> parseStat(const CommandResult &result, const QString &path)
{
    const QByteArray line = result.out.trimmed();
    if (result.exitCode == 0 && line == "missing")
        return FileInfo {};
    const QList<QByteArray> fields = line.split('|');
    if (result.exitCode != 0 || fields.size() != 9 || fields[0] != "exists") {
        return std::unexpected(RemoteError::make(
            RemoteError::Kind::Io, Tr::tr("Cannot inspect %1 on the host.").arg(path), QString::fromUtf8(result.err)));
    }
    FileInfo info;
    info.exists = true;
    info.isRegularFile = fields[1].startsWith("regular");
    info.size = fields[2].toLongLong();
    info.mode = fields[3].toUInt(nullptr, 8);
    info.uid = fields[4].toUInt();
    info.gid = fields[5].toUInt();
    info.owner = QString::fromUtf8(fields[6]);
    info.group = QString::fromUtf8(fields[7]);
    info.modified = QDateTime::fromSecsSinceEpoch(fields[8].toLongLong(), QTimeZone::UTC);
    return info;
}

} // namespace

std::optional<RemoteError> validateCommand(const Command &command)
{
    if (command.argv.isEmpty() || command.argv.first().isEmpty())
        return RemoteError::make(RemoteError::Kind::InvalidArgument, Tr::tr("No command to run."));
    for (const QByteArray &argument : command.argv) {
        if (argument.contains('\0')) {
            return RemoteError::make(RemoteError::Kind::InvalidArgument,
                Tr::tr("An argument of “%1” contains a NUL byte, which no program can receive.")
                    .arg(QString::fromUtf8(command.argv.first())));
        }
    }
    return std::nullopt;
}

bool isSudoRefusal(const CommandResult &result)
{
    // sudo -n prints one of these (in English: the tools run with LC_ALL unset
    // but sudo's catalogue is rarely installed on servers) and exits 1.
    // Warnings may come first ("sudo: unable to resolve host …" where the host
    // name is not in /etc/hosts), so every line counts, not just the first.
    if (result.exitCode != 1)
        return false;
    for (const QByteArray &line : result.err.split('\n')) {
        if (line.startsWith("sudo: a password is required") || line.startsWith("sudo: a terminal is required")
            || line.contains("is not allowed to execute") || line.contains("may not run sudo")
            || line.contains("is not in the sudoers file"))
            return true;
    }
    return false;
}

Host::Host(QObject *parent) : QObject(parent), m_fileHelper(QString::fromUtf8(kDefaultFileHelper)) { }

Host::~Host() = default;

QFuture<RemoteResult<CommandResult>> Host::run(const Command &command)
{
    if (const auto invalid = validateCommand(command))
        return readyFuture<CommandResult>(std::unexpected(*invalid));
    QFuture<RemoteResult<CommandResult>> future = execute(command);
    if (!command.sudo)
        return future;
    const QString what = QString::fromUtf8(command.argv.first());
    return future.then(
        QtFuture::Launch::Sync, [what](RemoteResult<CommandResult> result) -> RemoteResult<CommandResult> {
            if (result && isSudoRefusal(*result)) {
                return std::unexpected(RemoteError::make(RemoteError::Kind::SudoRefused,
                    Tr::tr("The host's sudo rules do not let this account run “%1” as root without a password. "
                           "Ask the host's administrator for a NOPASSWD rule.")
                        .arg(what),
                    QString::fromUtf8(result->err)));
            }
            return result;
        });
}

QFuture<RemoteResult<QByteArray>> Host::readFile(const QString &path, Access access)
{
    Command command;
    if (access == Access::Root) {
        command.sudo = true;
        command.argv = {fileHelper().toUtf8(), "read", path.toUtf8()};
    } else {
        command.argv = {"cat", "--", path.toUtf8()};
    }
    return run(command).then(
        QtFuture::Launch::Sync, [path](RemoteResult<CommandResult> result) -> RemoteResult<QByteArray> {
            if (!result)
                return std::unexpected(result.error());
            if (result->exitCode != 0) {
                return std::unexpected(RemoteError::make(RemoteError::Kind::Io,
                    Tr::tr("Cannot read %1 on the host.").arg(path), QString::fromUtf8(result->err)));
            }
            return std::move(result->out);
        });
}

QFuture<RemoteResult<FileInfo>> Host::stat(const QString &path)
{
    Command command;
    command.argv = {"sh", "-c", kStatScript, "sh", path.toUtf8()};
    return run(command).then(
        QtFuture::Launch::Sync, [path](RemoteResult<CommandResult> result) -> RemoteResult<FileInfo> {
            if (!result)
                return std::unexpected(result.error());
            return parseStat(*result, path);
        });
}

RemoteStream *Host::stream(
    const Command &command, QObject *parent, const std::function<void(RemoteStream *)> &connectFirst)
{
    auto *stream = new RemoteStream(parent, command.maxLineLength);
    if (connectFirst)
        connectFirst(stream);
    if (const auto invalid = validateCommand(command)) {
        // Queued, so the caller can connect to finished() first.
        QMetaObject::invokeMethod(
            stream, [sink = stream->sink(), error = *invalid] { sink->finish(std::unexpected(error)); },
            Qt::QueuedConnection);
    } else
        startStream(command, stream);
    return stream;
}

QString Host::fileHelper() const
{
    return m_fileHelper;
}

void Host::setFileHelper(const QString &path)
{
    m_fileHelper = path;
}

void Host::setState(State state, const QString &message)
{
    if (m_state.exchange(state) != state || !message.isEmpty())
        Q_EMIT stateChanged(state, message);
}

} // namespace Mailwarden
