#pragma once

#include "history.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <expected>
#include <memory>

namespace Mailwarden {

/// This computer's copy of a host's journal (SQLite through Qt SQL, one
/// database per host profile): the entries as last verified, so the history
/// can be shown without the host, and so a journal rewritten or cut on the
/// host is noticed instead of believed. sync() only ever appends: a host
/// journal that does not continue the cached chain leaves the cache as it was.
class HistoryCache final
{
public:
    /// The database of the profile \a profileName in the user's data directory
    /// (QStandardPaths::AppDataLocation/history/NAME.sqlite).
    static QString pathFor(const QString &profileName);

    /// Opens (creating it and its directory when missing) the database \a file.
    static std::expected<std::unique_ptr<HistoryCache>, QString> open(const QString &file);
    ~HistoryCache();
    HistoryCache(const HistoryCache &) = delete;
    HistoryCache &operator=(const HistoryCache &) = delete;

    /// The cached entries in journal order (they verified when they were cached;
    /// a database edited since is an error).
    std::expected<QList<HistoryEntry>, QString> entries() const;
    /// When sync() last succeeded (invalid: never).
    QDateTime syncedAt() const;

    /// Adds the entries of the host's \a journal after the last cached one, as
    /// far as the journal's chain verifies. Returns how many were added, or, in
    /// words, why \a journal is not a continuation of the cache (an entry
    /// rewritten, entries removed): then nothing is changed.
    std::expected<int, QString> sync(const QList<HistoryEntry> &journal);
    /// Forgets every cached entry (the admin accepts the host's journal as it is now).
    std::expected<void, QString> clear();

private:
    explicit HistoryCache(QString connection);
    std::expected<QList<QByteArray>, QString> cachedHashes() const;

    QString m_connection;
};

} // namespace Mailwarden
