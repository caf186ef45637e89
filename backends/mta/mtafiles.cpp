#include "mtafiles.h"

#include "remote/command.h"
#include "remote/host.h"

namespace Mailwarden {

RemoteResult<LoadedFile> MtaFiles::load(Host &host, const QString &path)
{
    auto bytes = host.readFile(path).result();
    if (!bytes)
        bytes = host.readFile(path, Host::Access::Root).result();
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
