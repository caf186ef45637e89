#include "safefilewriter.h"

#include "core/tr.h"

#include <QCryptographicHash>
#include <QtConcurrentRun>
#include <QThread>

namespace Mailwarden {

namespace {

constexpr int kExitChanged = 65;
constexpr int kExitNotRegular = 66;
constexpr int kExitUploadCorrupt = 67;
constexpr int kPauseSeconds = 3;

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
    chown --reference="$path" -- "$tmp" 2>/dev/null || true
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

// Uploads stdin to a private temp file of the admin account (for the helper to
// install as root), checks its hash ($1) and prints its path.
const QByteArray kUploadScript = R"SH(set -eu
tmp=$(mktemp -- "${TMPDIR:-/tmp}/mailwarden.XXXXXX")
cat >"$tmp"
if [ "$(sha256sum <"$tmp" | cut -c1-64)" != "$1" ]; then rm -f -- "$tmp"; exit 67; fi
sync -- "$tmp"
printf '%s\n' "$tmp"
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

void pauseClientSide(const SafeWriteRequest &request, const char *step)
{
    if (request.pauseAtStep == QLatin1String(step))
        QThread::sleep(kPauseSeconds);
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
        return request.access == Host::Access::Root ? writeAsRoot(host, request) : writeAsUser(host, request);
    });
}

RemoteResult<SafeWriteResult> SafeFileWriter::writeAsUser(Host &host, const SafeWriteRequest &request)
{
    const QByteArray newHash = sha256Hex(request.content);
    Command command;
    command.argv = {"sh", "-c", kUserWriteScript, "mailwarden-write", request.path.toUtf8(),
        request.expectedSha256.value_or("-"), newHash, request.pauseAtStep.toUtf8()};
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
        return std::unexpected(RemoteError::make(RemoteError::Kind::Io,
            Tr::tr("%1 is not a regular file; Mailwarden does not replace it.").arg(request.path)));
    case kExitUploadCorrupt:
        return std::unexpected(RemoteError::make(RemoteError::Kind::Disconnected,
            Tr::tr("The upload of %1 was cut short. The file is unchanged.").arg(request.path)));
    default:
        return std::unexpected(failedError(request.path, *result));
    }
}

RemoteResult<SafeWriteResult> SafeFileWriter::writeAsRoot(Host &host, const SafeWriteRequest &request)
{
    const QByteArray helper = host.fileHelper().toUtf8();
    const QByteArray path = request.path.toUtf8();
    const QByteArray newHash = sha256Hex(request.content);

    // Compare-and-swap, as root can see the file.
    auto checkUnchanged = [&]() -> RemoteResult<bool> {
        const RemoteResult<FileInfo> info = host.stat(request.path).result();
        if (!info)
            return std::unexpected(info.error());
        if (!info->exists)
            return !request.expectedSha256.has_value();
        if (!request.expectedSha256)
            return false;
        const RemoteResult<QByteArray> current = host.readFile(request.path, Host::Access::Root).result();
        if (!current)
            return std::unexpected(current.error());
        return sha256Hex(*current) == *request.expectedSha256;
    };

    pauseClientSide(request, "cas");
    RemoteResult<bool> unchanged = checkUnchanged();
    if (!unchanged)
        return std::unexpected(unchanged.error());
    if (!*unchanged)
        return std::unexpected(changedError(request.path));

    pauseClientSide(request, "backup");
    SafeWriteResult written {QString(), newHash};
    if (request.expectedSha256) {
        const auto backup = host.run(Command {{helper, "backup", path}, true, {}, {}}).result();
        if (!backup)
            return std::unexpected(backup.error());
        if (backup->exitCode != 0)
            return std::unexpected(failedError(request.path, *backup));
        written.backupPath = QString::fromUtf8(backup->out.trimmed());
    }

    pauseClientSide(request, "upload");
    const auto upload
        = host.run(Command {{"sh", "-c", kUploadScript, "mailwarden-upload", newHash}, false, request.content, {}})
              .result();
    if (!upload)
        return std::unexpected(upload.error());
    if (upload->exitCode != 0)
        return std::unexpected(failedError(request.path, *upload));
    const QByteArray temp = upload->out.trimmed();
    auto removeTemp = [&] { host.run(Command {{"rm", "-f", "--", temp}, false, {}, {}}).waitForFinished(); };

    pauseClientSide(request, "rename");
    unchanged = checkUnchanged();
    if (!unchanged || !*unchanged) {
        removeTemp();
        return std::unexpected(unchanged ? changedError(request.path) : unchanged.error());
    }
    // The helper writes a temp file beside the target, keeps owner and mode,
    // syncs and renames: the same shape as the user path, as root.
    const auto install = host.run(Command {{helper, "install", temp, path}, true, {}, {}}).result();
    removeTemp();
    if (!install)
        return std::unexpected(install.error());
    if (install->exitCode != 0)
        return std::unexpected(failedError(request.path, *install));
    return written;
}

} // namespace Mailwarden
