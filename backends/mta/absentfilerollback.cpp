#include "absentfilerollback.h"

#include "core/tr.h"
#include "remote/host.h"
#include "remote/safefilewriter.h"

namespace Mailwarden {

namespace {

// Whether \a path is absent on the host, as root sees it (the helper's stat).
RemoteResult<bool> missing(Host &host, const QString &path)
{
    const auto result = host.run(Command {{host.fileHelper().toUtf8(), "stat", path.toUtf8()}, true, {}, {}}).result();
    if (!result)
        return std::unexpected(result.error());
    if (!result->succeeded())
        return std::unexpected(RemoteError::make(RemoteError::Kind::Io,
            Tr::tr("Cannot look at %1 on the host.").arg(path), QString::fromUtf8(result->err.trimmed())));
    return result->out.trimmed() == "missing";
}

std::expected<FileChange, QString> undoAbsent(Host &host, const HistoryEntry::File &f, int id)
{
    const QString changed
        = Tr::tr("%1 changed since change %2 (by a later change or outside Mailwarden): roll back refused.")
              .arg(f.path)
              .arg(id);
    const auto gone = missing(host, f.path);
    if (!gone)
        return std::unexpected(gone.error().toString());
    FileChange change;
    change.path = f.path;
    if (f.beforeSha256.isEmpty()) { // the change created it: remove it again
        if (*gone)
            return std::unexpected(changed);
        const auto current = host.readFile(f.path, Host::Access::Root).result();
        if (!current)
            return std::unexpected(current.error().toString());
        if (SafeFileWriter::sha256Hex(*current) != f.afterSha256)
            return std::unexpected(changed);
        change.before = *current;
        change.absentAfter = true;
        return change;
    }
    // the change removed it: back from its backup, where it is still absent
    if (!*gone)
        return std::unexpected(changed);
    const auto backup = host.readFile(f.backup, Host::Access::Root).result();
    if (!backup)
        return std::unexpected(backup.error().toString());
    if (SafeFileWriter::sha256Hex(*backup) != f.beforeSha256)
        return std::unexpected(
            Tr::tr("The backup %1 is not the content recorded before change %2.").arg(f.backup).arg(id));
    change.after = *backup;
    change.absentBefore = true;
    return change;
}

} // namespace

std::expected<ChangeSet, QString> rollbackWithAbsentFiles(
    Host &host, MtaKind mta, const QList<HistoryEntry> &entries, int id, const QList<FileChange> &formats)
{
    QList<HistoryEntry> present = entries;
    QList<HistoryEntry::File> absent;
    for (HistoryEntry &e : present) {
        if (e.id != id || e.outcome != QLatin1String("applied"))
            continue;
        QList<HistoryEntry::File> files;
        for (const HistoryEntry::File &f : std::as_const(e.files))
            (f.beforeSha256.isEmpty() || f.afterSha256.isEmpty() ? absent : files).append(f);
        e.files = files;
    }
    auto set = rollbackChangeSet(host, mta, present, id, formats);
    if (!set)
        return set;
    for (const HistoryEntry::File &f : std::as_const(absent)) {
        auto change = undoAbsent(host, f, id);
        if (!change)
            return std::unexpected(change.error());
        for (const FileChange &known : formats) {
            if (known.path == f.path) {
                change->formatType = known.formatType;
                change->mapType = known.mapType;
            }
        }
        set->addFile(*change);
    }
    return set;
}

} // namespace Mailwarden
