#include "mtafiles.h"

#include "remote/command.h"
#include "remote/host.h"

namespace Mailwarden {

RemoteResult<LoadedFile> MtaFiles::load(Host &host, const QString &path)
{
    auto bytes = host.readFile(path).result();
    // Asking again (as root, then the helper's stat) helps only when the admin
    // could not read the file; after a lost or closed connection another command
    // would open a new one behind the user's Disconnect.
    const auto gone = [](const RemoteError &e) {
        using Kind = RemoteError::Kind;
        return e.kind == Kind::Cancelled || e.kind == Kind::Disconnected || e.kind == Kind::Connect
            || e.kind == Kind::Timeout || e.kind == Kind::Authentication || e.kind == Kind::HostKeyChanged
            || e.kind == Kind::HostKeyUnknown;
    };
    if (!bytes && gone(bytes.error()))
        return std::unexpected(bytes.error());
    if (!bytes)
        bytes = host.readFile(path, Host::Access::Root).result();
    if (!bytes && gone(bytes.error()))
        return std::unexpected(bytes.error());
    if (bytes)
        return LoadedFile {*bytes, false};
    // Only the helper may say "missing": the admin's own stat cannot tell a
    // missing file from one in a directory the admin cannot enter.
    const auto stat = host.run(Command {{host.fileHelper().toUtf8(), "stat", path.toUtf8()}, true, {}, {}}).result();
    if (stat && stat->succeeded() && stat->out.trimmed() == "missing")
        return LoadedFile {{}, true};
    return std::unexpected(bytes.error());
}

} // namespace Mailwarden
