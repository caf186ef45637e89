#include "history.h"

#include "core/tr.h"
#include "core/unifieddiff.h"
#include "remote/host.h"
#include "remote/safefilewriter.h"

#include <QCryptographicHash>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <pwd.h>
#include <unistd.h>

namespace Mailwarden {

namespace {

constexpr qsizetype kMaxDiff = 1 << 20;
constexpr qsizetype kMaxReport = 256 << 10;

QString cut(const QString &text, qsizetype max)
{
    return text.size() <= max ? text : text.left(max) + QStringLiteral("\n[…]");
}

struct HelperStat {
    bool exists = false;
    QByteArray sha256;
};

RemoteResult<HelperStat> helperStat(Host &host, const QString &path)
{
    Command stat;
    stat.argv = {host.fileHelper().toUtf8(), "stat", path.toUtf8()};
    stat.sudo = true;
    const auto result = host.run(stat).result();
    if (!result)
        return std::unexpected(result.error());
    if (!result->succeeded())
        return std::unexpected(RemoteError::make(RemoteError::Kind::Io,
            Tr::tr("Cannot look at %1 on the host.").arg(path), QString::fromUtf8(result->err.trimmed())));
    const QList<QByteArray> fields = result->out.trimmed().split(' ');
    if (fields.value(0) == "missing")
        return HelperStat {};
    if (fields.value(0) != "regular")
        return std::unexpected(
            RemoteError::make(RemoteError::Kind::Io, Tr::tr("%1 on the host is not a regular file.").arg(path)));
    return HelperStat {true, fields.value(5)};
}

} // namespace

QJsonObject HistoryEntry::toJson() const
{
    // Fields added later ("afterCopy", "validation") are written only when set:
    // an entry written before them keeps exactly its bytes, so its hash holds.
    QJsonArray fileList;
    for (const File &f : files) {
        QJsonObject file {{QStringLiteral("path"), f.path},
            {QStringLiteral("before"), QString::fromLatin1(f.beforeSha256)},
            {QStringLiteral("after"), QString::fromLatin1(f.afterSha256)}, {QStringLiteral("backup"), f.backup}};
        if (!f.afterCopy.isEmpty())
            file.insert(QStringLiteral("afterCopy"), f.afterCopy);
        fileList.append(file);
    }
    QJsonObject json {{QStringLiteral("id"), id}, {QStringLiteral("time"), time.toString(Qt::ISODate)},
        {QStringLiteral("who"), who}, {QStringLiteral("host"), host}, {QStringLiteral("description"), description},
        {QStringLiteral("outcome"), outcome}, {QStringLiteral("files"), fileList}, {QStringLiteral("diff"), diff},
        {QStringLiteral("report"), report}, {QStringLiteral("previous"), QString::fromLatin1(previousHash)},
        {QStringLiteral("hash"), QString::fromLatin1(hash)}};
    if (!validation.isEmpty())
        json.insert(QStringLiteral("validation"), validation);
    return json;
}

HistoryEntry HistoryEntry::fromJson(const QJsonObject &json)
{
    HistoryEntry e;
    e.id = json.value(QStringLiteral("id")).toInt();
    e.time = QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODate);
    e.who = json.value(QStringLiteral("who")).toString();
    e.host = json.value(QStringLiteral("host")).toString();
    e.description = json.value(QStringLiteral("description")).toString();
    e.outcome = json.value(QStringLiteral("outcome")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("files")).toArray()) {
        const QJsonObject o = v.toObject();
        e.files.append(
            {o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("before")).toString().toLatin1(),
                o.value(QStringLiteral("after")).toString().toLatin1(), o.value(QStringLiteral("backup")).toString(),
                o.value(QStringLiteral("afterCopy")).toString()});
    }
    e.diff = json.value(QStringLiteral("diff")).toString();
    e.report = json.value(QStringLiteral("report")).toString();
    e.validation = json.value(QStringLiteral("validation")).toString();
    e.previousHash = json.value(QStringLiteral("previous")).toString().toLatin1();
    e.hash = json.value(QStringLiteral("hash")).toString().toLatin1();
    return e;
}

QByteArray HistoryEntry::computeHash() const
{
    QJsonObject fields = toJson();
    fields.remove(QStringLiteral("hash"));
    // QJsonDocument sorts the keys: the same fields always give the same bytes.
    return QCryptographicHash::hash(
        QByteArray(previousHash + '\n' + QJsonDocument(fields).toJson(QJsonDocument::Compact)),
        QCryptographicHash::Sha256)
        .toHex();
}

QString HistoryJournal::pathFor(MtaKind mta)
{
    switch (mta) {
    case MtaKind::Postfix:
        return QStringLiteral("/etc/postfix/mailwarden-journal");
    case MtaKind::Sendmail:
        return QStringLiteral("/etc/mail/mailwarden-journal");
    case MtaKind::Qmail:
        return QStringLiteral("/var/qmail/control/mailwarden-journal");
    case MtaKind::Unknown:
        break;
    }
    return {};
}

QList<HistoryEntry> HistoryJournal::parse(QByteArrayView bytes, int *brokenAt)
{
    QList<HistoryEntry> entries;
    if (brokenAt)
        *brokenAt = 0;
    for (const QByteArray &line : bytes.toByteArray().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject()) {
            if (brokenAt && !*brokenAt)
                *brokenAt = int(entries.size()) + 1;
            continue;
        }
        entries.append(HistoryEntry::fromJson(doc.object()));
    }
    return entries;
}

int HistoryJournal::verify(const QList<HistoryEntry> &entries)
{
    QByteArray previous;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const HistoryEntry &e = entries.at(i);
        if (e.id != int(i) + 1 || e.previousHash != previous || e.hash != e.computeHash())
            return int(i) + 1;
        previous = e.hash;
    }
    return 0;
}

QByteArray HistoryJournal::appendLine(const QList<HistoryEntry> &entries, HistoryEntry &entry)
{
    entry.id = int(entries.size()) + 1;
    entry.previousHash = entries.isEmpty() ? QByteArray() : entries.last().hash;
    entry.diff = cut(entry.diff, kMaxDiff);
    entry.report = cut(entry.report, kMaxReport);
    entry.validation = cut(entry.validation, kMaxReport);
    entry.hash = entry.computeHash();
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

RemoteResult<QList<HistoryEntry>> HistoryJournal::read(Host &host, MtaKind mta)
{
    const QString path = pathFor(mta);
    const auto stat = helperStat(host, path);
    if (!stat)
        return std::unexpected(stat.error());
    if (!stat->exists)
        return QList<HistoryEntry>();
    const auto bytes = host.readFile(path, Host::Access::Root).result();
    if (!bytes)
        return std::unexpected(bytes.error());
    return parse(*bytes);
}

RemoteResult<HistoryEntry> HistoryJournal::append(Host &host, MtaKind mta, HistoryEntry entry)
{
    // Straight through the helper, without SafeFileWriter's backup: the journal
    // only grows, and a backup per entry would litter the directory.
    constexpr int kExitChanged = 65;
    const QString path = pathFor(mta);
    const QByteArray helper = host.fileHelper().toUtf8();
    for (int attempt = 0;; ++attempt) {
        std::optional<QByteArray> current;
        if (const auto bytes = host.readFile(path, Host::Access::Root).result()) {
            current = *bytes;
        } else {
            const auto stat = helperStat(host, path);
            if (!stat)
                return std::unexpected(stat.error());
            if (stat->exists)
                return std::unexpected(bytes.error());
        }
        const QByteArray content
            = current.value_or(QByteArray()) + appendLine(parse(current.value_or(QByteArray())), entry);
        QByteArrayList argv {helper, "install", "--sha256", SafeFileWriter::sha256Hex(content)};
        argv += current ? QByteArrayList {"--expect", SafeFileWriter::sha256Hex(*current)}
                        : QByteArrayList {"--expect-missing"};
        argv += path.toUtf8();
        const auto install = host.run(Command {argv, true, content, {}}).result();
        if (!install)
            return std::unexpected(install.error());
        if (install->exitCode == 0)
            return entry;
        // Another console appended between our read and our write: read again.
        if (install->exitCode != kExitChanged || attempt >= 4)
            return std::unexpected(RemoteError::make(RemoteError::Kind::Io,
                Tr::tr("Cannot write %1 on the host.").arg(path), QString::fromUtf8(install->err.trimmed())));
    }
}

QString HistoryJournal::localUser()
{
    // The account, not $USER: the environment is the caller's to set.
    const passwd *pw = getpwuid(getuid());
    const QString user = pw && pw->pw_name ? QString::fromLocal8Bit(pw->pw_name) : QString::number(getuid());
    return user + QLatin1Char('@') + QHostInfo::localHostName();
}

QString HistoryJournal::keepAfterCopy(Host &host, const QString &path, qint64 size)
{
    if (size > kMaxAfterCopy)
        return {};
    Command backup;
    backup.argv = {host.fileHelper().toUtf8(), "backup", path.toUtf8()};
    backup.sudo = true;
    const auto result = host.run(backup).result();
    if (!result || !result->succeeded())
        return {};
    // Not checked against the recorded hash here: driftDiff checks the copy
    // when it uses it, which also catches a copy changed later.
    return QString::fromUtf8(result->out.trimmed());
}

RemoteResult<QList<Drift>> findDrift(Host &host, const QList<HistoryEntry> &entries)
{
    // The last recorded state of each path: the newest entry that wrote it.
    QList<Drift> out;
    QHash<QString, Drift> last;
    QStringList order;
    for (const HistoryEntry &e : entries) {
        if (e.outcome != QLatin1String("applied"))
            continue;
        for (const HistoryEntry::File &f : e.files) {
            if (!last.contains(f.path))
                order.append(f.path);
            last.insert(f.path, Drift {f.path, f.afterSha256, {}, e.id, f.afterCopy});
        }
    }
    for (const QString &path : order) {
        const auto stat = helperStat(host, path);
        if (!stat)
            return std::unexpected(stat.error());
        Drift drift = last.value(path);
        if (stat->sha256 != drift.recordedSha256) {
            drift.currentSha256 = stat->sha256;
            out.append(drift);
        }
    }
    return out;
}

std::expected<QByteArray, QString> driftDiff(Host &host, const Drift &drift)
{
    if (drift.afterCopy.isEmpty())
        return std::unexpected(Tr::tr("change %1 kept no copy of %2 (bigger than %3 MiB, or recorded before copies "
                                      "were kept): only its hash is known")
                .arg(drift.entryId)
                .arg(drift.path)
                .arg(HistoryJournal::kMaxAfterCopy >> 20));
    // Both as root through the helper: the admin may read what the helper's
    // list allows, and nothing else.
    const auto recorded = host.readFile(drift.afterCopy, Host::Access::Root).result();
    if (!recorded)
        return std::unexpected(recorded.error().toString());
    if (SafeFileWriter::sha256Hex(*recorded) != drift.recordedSha256)
        return std::unexpected(
            Tr::tr("the copy %1 is not the content change %2 recorded: it was changed too, no diff to trust")
                .arg(drift.afterCopy)
                .arg(drift.entryId));
    QByteArray current;
    if (!drift.currentSha256.isEmpty()) {
        const auto bytes = host.readFile(drift.path, Host::Access::Root).result();
        if (!bytes)
            return std::unexpected(bytes.error().toString());
        current = *bytes;
    }
    return UnifiedDiff::diff(*recorded, current, drift.path);
}

std::expected<ChangeSet, QString> rollbackChangeSet(
    Host &host, MtaKind mta, const QList<HistoryEntry> &entries, int id, const QList<FileChange> &formats)
{
    const auto it = std::find_if(entries.cbegin(), entries.cend(), [id](const HistoryEntry &e) { return e.id == id; });
    if (it == entries.cend())
        return std::unexpected(Tr::tr("The journal has no change %1.").arg(id));
    if (it->outcome != QLatin1String("applied"))
        return std::unexpected(
            Tr::tr("Change %1 was not applied (%2): there is nothing to roll back.").arg(id).arg(it->outcome));
    ChangeSet set(mta, Tr::tr("Roll back change %1: %2").arg(id).arg(it->description));
    for (const HistoryEntry::File &f : it->files) {
        const auto current = host.readFile(f.path, Host::Access::Root).result();
        if (!current)
            return std::unexpected(current.error().toString());
        if (SafeFileWriter::sha256Hex(*current) != f.afterSha256)
            return std::unexpected(
                Tr::tr("%1 changed since change %2 (by a later change or outside Mailwarden): roll back refused.")
                    .arg(f.path)
                    .arg(id));
        const auto backup = host.readFile(f.backup, Host::Access::Root).result();
        if (!backup)
            return std::unexpected(backup.error().toString());
        if (SafeFileWriter::sha256Hex(*backup) != f.beforeSha256)
            return std::unexpected(
                Tr::tr("The backup %1 is not the content recorded before change %2.").arg(f.backup).arg(id));
        FileChange change {f.path, {}, {}, *current, *backup};
        for (const FileChange &known : formats) {
            if (known.path == f.path) {
                change.formatType = known.formatType;
                change.mapType = known.mapType;
            }
        }
        set.addFile(change);
    }
    return set;
}

} // namespace Mailwarden
