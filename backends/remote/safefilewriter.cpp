#include "safefilewriter.h"

#include "core/tr.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QtConcurrentRun>
#include <QThread>

namespace Mailwarden {

namespace {

constexpr int kExitChanged = 65;
constexpr int kExitNotRegular = 66;
constexpr int kExitUploadCorrupt = 67;
constexpr int kExitOwnerNotKept = 68;
constexpr int kPauseSeconds = 3;

QMutex g_pauseMutex;
QString g_pauseAtStep; // set only through SafeFileWriterTestSeam

// Runs as the admin account. Arguments: $1 path, $2 expected hash or "-" for
// "must not exist", $3 hash of the new content, $4 step to pause at (tests).
// The new content is stdin. No data is ever part of the script text.
const QByteArray kUserWriteScript = R"SH(set -eu
path=$1 old=$2 new=$3 stop=$4
pause() { if [ "$stop" = "$1" ]; then printf 'paused at %s\n' "$1" >&2; sleep 3; fi; }
hash() { sha256sum <"$1" | cut -c1-64; }
check_cas() {
    if [ -e "$path" ] || [ -L "$path" ]; then
        [ -f "$path" ] && [ ! -L "$path" ] || exit 66
        [ "$(hash "$path")" = "$old" ] || exit 65
    else
        [ "$old" = - ] || exit 65
    fi
}
dir=$(dirname -- "$path")
pause cas
check_cas
# Only the owner can keep a file's owner: a file written through its group
# would end up the admin's (root:postfix 0640 becoming admin:admin).
if [ -e "$path" ] && [ "$(stat -c %u -- "$path")" != "$(id -u)" ]; then exit 68; fi
pause backup
backup=
if [ -e "$path" ]; then
    backup=$path.mwbak-$(date -u +%Y%m%dT%H%M%SZ)
    [ ! -e "$backup" ] || backup=$backup-$$
    cp -p -- "$path" "$backup"
fi
pause upload
tmp=$(mktemp -- "$dir/.mailwarden.XXXXXX")
trap 'rm -f -- "$tmp"' EXIT
cat >"$tmp"
pause verify
[ "$(hash "$tmp")" = "$new" ] || exit 67
if [ -e "$path" ]; then
    chmod --reference="$path" -- "$tmp"
    chown --reference="$path" -- "$tmp" || exit 68
else
    chmod 0644 -- "$tmp"
fi
pause fsync
sync -- "$tmp"
pause rename
check_cas
mv -f -- "$tmp" "$path"
trap - EXIT
sync -- "$dir" 2>/dev/null || true
printf '%s\n' "$backup"
)SH";

RemoteError changedError(const QString &path)
{
    return RemoteError::make(RemoteError::Kind::FileChanged,
        Tr::tr("%1 was changed on the host by someone else since it was loaded. Nothing was "
               "written: reload the file and make the change again.")
            .arg(path));
}

RemoteError failedError(const QString &path, const CommandResult &result)
{
    return RemoteError::make(RemoteError::Kind::Io,
        Tr::tr("Cannot write %1 on the host. The file is unchanged.").arg(path), QString::fromUtf8(result.err));
}

void pauseClientSide(const QString &pauseStep, const char *step)
{
    if (pauseStep == QLatin1String(step))
        QThread::sleep(kPauseSeconds);
}

RemoteError notRegularError(const QString &path)
{
    return RemoteError::make(
        RemoteError::Kind::Io, Tr::tr("%1 is not a regular file; Mailwarden does not replace it.").arg(path));
}

// What the helper's `stat` says, as root.
struct RootFileState {
    enum class Kind { Missing, Regular, Other };
    Kind kind = Kind::Missing;
    QByteArray sha256;
};

RemoteResult<RootFileState> statAsRoot(Host &host, const QString &path)
{
    const auto result = host.run(Command {{host.fileHelper().toUtf8(), "stat", path.toUtf8()}, true, {}, {}}).result();
    if (!result)
        return std::unexpected(result.error());
    const QList<QByteArray> fields = result->out.trimmed().split(' ');
    if (result->exitCode == 0 && fields == QList<QByteArray> {"missing"})
        return RootFileState {};
    if (result->exitCode == 0 && fields == QList<QByteArray> {"other"})
        return RootFileState {RootFileState::Kind::Other, {}};
    if (result->exitCode == 0 && fields.size() == 6 && fields[0] == "regular" && fields[5].size() == 64)
        return RootFileState {RootFileState::Kind::Regular, fields[5]};
    return std::unexpected(RemoteError::make(
        RemoteError::Kind::Io, Tr::tr("Cannot inspect %1 on the host.").arg(path), QString::fromUtf8(result->err)));
}

} // namespace

QByteArray SafeFileWriter::sha256Hex(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QFuture<RemoteResult<SafeWriteResult>> SafeFileWriter::write(Host &host, SafeWriteRequest request)
{
    return QtConcurrent::run([&host, request = std::move(request)]() -> RemoteResult<SafeWriteResult> {
        if (!request.path.startsWith(QLatin1Char('/'))) {
            return std::unexpected(RemoteError::make(
                RemoteError::Kind::InvalidArgument, Tr::tr("“%1” is not an absolute path.").arg(request.path)));
        }
        const QString pauseStep = pauseAtStep();
        return request.access == Host::Access::Root ? writeAsRoot(host, request, pauseStep)
                                                    : writeAsUser(host, request, pauseStep);
    });
}

void SafeFileWriter::setPauseAtStep(const QString &step)
{
    const QMutexLocker lock(&g_pauseMutex);
    g_pauseAtStep = step;
}

QString SafeFileWriter::pauseAtStep()
{
    const QMutexLocker lock(&g_pauseMutex);
    return g_pauseAtStep;
}

RemoteResult<SafeWriteResult> SafeFileWriter::writeAsUser(
    Host &host, const SafeWriteRequest &request, const QString &pauseStep)
{
    const QByteArray newHash = request.contentSha256.isEmpty() ? sha256Hex(request.content) : request.contentSha256;
    Command command;
    command.argv = {"sh", "-c", kUserWriteScript, "mailwarden-write", request.path.toUtf8(),
        request.expectedSha256.value_or("-"), newHash, pauseStep.toUtf8()};
    command.input = request.content;
    const RemoteResult<CommandResult> result = host.run(command).result();
    if (!result)
        return std::unexpected(result.error());
    switch (result->exitCode) {
    case 0:
        return SafeWriteResult {QString::fromUtf8(result->out.trimmed()), newHash};
    case kExitChanged:
        return std::unexpected(changedError(request.path));
    case kExitNotRegular:
        return std::unexpected(notRegularError(request.path));
    case kExitOwnerNotKept:
        return std::unexpected(RemoteError::make(RemoteError::Kind::Io,
            Tr::tr("%1 belongs to another account or group, which a write as the admin account cannot keep "
                   "(the file would become the admin's). The file is unchanged: write it with root access.")
                .arg(request.path),
            QString::fromUtf8(result->err)));
    case kExitUploadCorrupt:
        return std::unexpected(RemoteError::make(RemoteError::Kind::Disconnected,
            Tr::tr("The upload of %1 was cut short. The file is unchanged.").arg(request.path)));
    default:
        return std::unexpected(failedError(request.path, *result));
    }
}

RemoteResult<SafeWriteResult> SafeFileWriter::writeAsRoot(
    Host &host, const SafeWriteRequest &request, const QString &pauseStep)
{
    const QByteArray helper = host.fileHelper().toUtf8();
    const QByteArray path = request.path.toUtf8();
    const QByteArray newHash = request.contentSha256.isEmpty() ? sha256Hex(request.content) : request.contentSha256;

    // Compare-and-swap as root sees the file: the admin's own stat would call
    // a file in a directory it cannot enter "missing".
    pauseClientSide(pauseStep, "cas");
    const RemoteResult<RootFileState> state = statAsRoot(host, request.path);
    if (!state)
        return std::unexpected(state.error());
    if (state->kind == RootFileState::Kind::Other)
        return std::unexpected(notRegularError(request.path));
    const bool exists = state->kind == RootFileState::Kind::Regular;
    if (exists != request.expectedSha256.has_value() || (exists && state->sha256 != *request.expectedSha256))
        return std::unexpected(changedError(request.path));

    pauseClientSide(pauseStep, "backup");
    SafeWriteResult written {QString(), newHash};
    if (exists) {
        const auto backup = host.run(Command {{helper, "backup", path}, true, {}, {}}).result();
        if (!backup)
            return std::unexpected(backup.error());
        if (backup->exitCode != 0)
            return std::unexpected(failedError(request.path, *backup));
        written.backupPath = QString::fromUtf8(backup->out.trimmed());
    }

    // The helper checks the upload against its hash and compares the current
    // content with ours under its directory lock right before the rename.
    pauseClientSide(pauseStep, "upload");
    QByteArrayList argv {helper, "install", "--sha256", newHash};
    argv += exists ? QByteArrayList {"--expect", *request.expectedSha256} : QByteArrayList {"--expect-missing"};
    argv += path;
    const auto install = host.run(Command {argv, true, request.content, {}}).result();
    if (!install)
        return std::unexpected(install.error());
    switch (install->exitCode) {
    case 0:
        return written;
    case kExitChanged:
        return std::unexpected(changedError(request.path));
    case kExitNotRegular:
        return std::unexpected(notRegularError(request.path));
    case kExitUploadCorrupt:
        return std::unexpected(RemoteError::make(RemoteError::Kind::Disconnected,
            Tr::tr("The upload of %1 was cut short. The file is unchanged.").arg(request.path)));
    default:
        return std::unexpected(failedError(request.path, *install));
    }
}

} // namespace Mailwarden
