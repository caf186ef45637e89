#pragma once

#include "changeset.h"
#include "remote/remoteerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Mailwarden {

class Host;

/// One applied (or rolled back) ChangeSet as the host's journal records it.
struct HistoryEntry {
    struct File {
        QString path;
        QByteArray beforeSha256;
        QByteArray afterSha256;
        QString backup; ///< the helper's copy of the content before
        /// The helper's copy of the content after (an "applied" change of a file
        /// up to HistoryJournal::kMaxAfterCopy): what drift diffs against. Empty
        /// for bigger files and entries written before copies were kept.
        QString afterCopy;
        friend bool operator==(const File &, const File &) = default;
    };

    int id = 0; ///< 1, 2, 3, … in journal order
    QDateTime time; ///< UTC
    QString who; ///< local user@machine of the console that applied it
    QString host; ///< the profile name it was applied through
    QString description;
    QString outcome; ///< "applied", "rolled-back", "rollback-failed", "cancelled"
    QList<File> files;
    QString diff; ///< the preview (cut at 1 MiB)
    QString report; ///< the runner's report as text (cut at 256 KiB)
    QString validation; ///< the validation step's commands and output (cut at 256 KiB)
    QByteArray previousHash; ///< hash of the entry before ("" for the first)
    QByteArray hash; ///< SHA-256 over previousHash and this entry's other fields

    QJsonObject toJson() const;
    static HistoryEntry fromJson(const QJsonObject &json);
    /// The hash this entry must carry, from its fields and previousHash.
    QByteArray computeHash() const;
};

/// The host's change journal: JSON lines in a file beside the MTA's own
/// configuration (and its backups), so every console that manages the host
/// sees every change. Each entry carries the hash of the one before: an edited,
/// removed or reordered entry breaks the chain and verify() says where.
/// Appends go through the root-file helper with compare-and-swap on the journal
/// itself, so two consoles appending at once cannot lose an entry.
class HistoryJournal final
{
public:
    /// Files up to this size get a copy of their content after a change
    /// (keepAfterCopy); bigger ones are recorded by hash only.
    static constexpr qint64 kMaxAfterCopy = 4 << 20;

    /// Where the journal of an \a mta host lives.
    static QString pathFor(MtaKind mta);

    /// Parses the journal's bytes (a line that is no JSON object is a broken chain).
    static QList<HistoryEntry> parse(QByteArrayView bytes, int *brokenAt = nullptr);
    /// The id of the first entry whose hash or link does not hold; 0 when the chain holds.
    static int verify(const QList<HistoryEntry> &entries);
    /// \a entry linked to \a entries' last (id, previousHash, hash set) as one JSON line.
    static QByteArray appendLine(const QList<HistoryEntry> &entries, HistoryEntry &entry);

    /// Reads the host's journal (missing: empty). Runs on the caller's thread and
    /// blocks on the host: call it from a worker, never the GUI thread.
    static RemoteResult<QList<HistoryEntry>> read(Host &host, MtaKind mta);
    /// Appends \a entry (retrying when another console appended meanwhile).
    static RemoteResult<HistoryEntry> append(Host &host, MtaKind mta, HistoryEntry entry);

    /// The local user and machine, for HistoryEntry::who.
    static QString localUser();

    /// Copies \a path as it is now beside its backups (helper `backup`: same
    /// owner, group and mode as the file) and returns the copy's path; "" when
    /// the file is bigger than kMaxAfterCopy (\a size) or the copy failed.
    static QString keepAfterCopy(Host &host, const QString &path, qint64 size);
};

/// A catalogue file whose content is not what the journal last recorded:
/// changed outside Mailwarden.
struct Drift {
    QString path;
    QByteArray recordedSha256; ///< after the last journal entry that wrote it
    QByteArray currentSha256; ///< empty: the file is gone
    int entryId = 0;
    QString afterCopy; ///< that entry's copy of the recorded content ("" : none kept)
};

/// Compares each file the journal recorded with the host's file now (helper stat).
RemoteResult<QList<Drift>> findDrift(Host &host, const QList<HistoryEntry> &entries);

/// The unified diff from the content \a drift's entry recorded (its after
/// copy) to the file now, both read as root through the helper; the reason
/// when there is none to show (no copy kept, the copy no longer matches the
/// recorded hash, the helper may not read the file).
std::expected<QByteArray, QString> driftDiff(Host &host, const Drift &drift);

/// The ChangeSet that undoes entry \a id: each file back to its backup. Refused
/// (with the reason) when a file changed since that entry or a later entry wrote it.
std::expected<ChangeSet, QString> rollbackChangeSet(
    Host &host, MtaKind mta, const QList<HistoryEntry> &entries, int id, const QList<FileChange> &formats = {});

} // namespace Mailwarden
