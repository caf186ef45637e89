#include "historycache.h"

#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace Mailwarden {

namespace {

QString sqlError(const QString &file, const QSqlError &error)
{
    return Tr::tr("The history cache %1: %2").arg(file, error.text());
}

} // namespace

QString HistoryCache::pathFor(const QString &profileName)
{
    // Profile names are letters, digits, '.', '_' and '-' (HostProfile::isValidName):
    // safe as a file name.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history/") + profileName
        + QStringLiteral(".sqlite");
}

HistoryCache::HistoryCache(QString connection) : m_connection(std::move(connection)) { }

HistoryCache::~HistoryCache()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

std::expected<std::unique_ptr<HistoryCache>, QString> HistoryCache::open(const QString &file)
{
    // The owner's alone: the entries hold diffs and reports of the host's configuration.
    const QString dir = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(dir)
        || !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return std::unexpected(Tr::tr("Cannot create the directory of the history cache %1.").arg(file));
    // One connection per object: Qt SQL connections are named and per thread.
    const QString connection = QStringLiteral("mw-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<HistoryCache> cache(new HistoryCache(connection));
    QString error;
    {
        // Scoped: the connection is removed (by ~HistoryCache) only once no handle is left.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (!db.isValid())
            return std::unexpected(
                Tr::tr("The history cache needs Qt's SQLite driver (QSQLITE), which is not installed."));
        db.setDatabaseName(file);
        if (!db.open())
            error = sqlError(file, db.lastError());
        QSqlQuery query(db);
        for (const char *statement :
            {"CREATE TABLE IF NOT EXISTS entries (id INTEGER PRIMARY KEY, hash TEXT NOT NULL, previous TEXT NOT "
             "NULL, json TEXT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"}) {
            if (error.isEmpty() && !query.exec(QString::fromLatin1(statement)))
                error = sqlError(file, query.lastError());
        }
    }
    if (!error.isEmpty())
        return std::unexpected(error);
    return cache;
}

std::expected<QList<QByteArray>, QString> HistoryCache::cachedHashes() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT hash FROM entries ORDER BY id")))
        return std::unexpected(sqlError(db.databaseName(), query.lastError()));
    QList<QByteArray> hashes;
    while (query.next())
        hashes.append(query.value(0).toString().toLatin1());
    return hashes;
}

std::expected<QList<HistoryEntry>, QString> HistoryCache::entries() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT json FROM entries ORDER BY id")))
        return std::unexpected(sqlError(db.databaseName(), query.lastError()));
    QList<HistoryEntry> out;
    while (query.next())
        out.append(HistoryEntry::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object()));
    if (const int broken = HistoryJournal::verify(out))
        return std::unexpected(Tr::tr("The history cache %1 was changed: its entry %2 does not verify.")
                .arg(db.databaseName())
                .arg(broken));
    return out;
}

QDateTime HistoryCache::syncedAt() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'synced'")) || !query.next())
        return {};
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
}

std::expected<int, QString> HistoryCache::sync(const QList<HistoryEntry> &journal)
{
    const auto cached = cachedHashes();
    if (!cached)
        return std::unexpected(cached.error());
    // Only the part of the host's journal whose chain holds is worth caching.
    const int broken = HistoryJournal::verify(journal);
    const qsizetype verified = broken ? broken - 1 : journal.size();
    for (qsizetype i = 0; i < std::min(verified, cached->size()); ++i) {
        if (journal.at(i).hash != cached->at(i))
            return std::unexpected(Tr::tr("The host's journal does not continue the history cached on this "
                                          "computer: its entry %1 is not the one cached (it was rewritten on the "
                                          "host). The cache keeps the entries as they were.")
                    .arg(i + 1));
    }
    if (journal.size() < cached->size())
        return std::unexpected(Tr::tr("The host's journal has %1 entries, the history cached on this computer "
                                      "%2: entries were removed on the host. The cache keeps them.")
                .arg(journal.size())
                .arg(cached->size()));
    if (verified < cached->size())
        return std::unexpected(Tr::tr("The host's journal does not continue the history cached on this computer: "
                                      "its entry %1, cached before, no longer verifies (it was changed on the host). "
                                      "The cache keeps the entries as they were.")
                .arg(broken));

    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return std::unexpected(sqlError(db.databaseName(), db.lastError()));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO entries (id, hash, previous, json) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = cached->size(); i < verified; ++i) {
        const HistoryEntry &e = journal.at(i);
        insert.addBindValue(e.id);
        insert.addBindValue(QString::fromLatin1(e.hash));
        insert.addBindValue(QString::fromLatin1(e.previousHash));
        insert.addBindValue(QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact)));
        if (!insert.exec()) {
            const QString error = sqlError(db.databaseName(), insert.lastError());
            db.rollback();
            return std::unexpected(error);
        }
    }
    QSqlQuery stamp(db);
    stamp.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('synced', ?)"));
    stamp.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!stamp.exec() || !db.commit()) {
        const QString error = sqlError(db.databaseName(), stamp.lastError());
        db.rollback();
        return std::unexpected(error);
    }
    return int(verified - cached->size());
}

std::expected<void, QString> HistoryCache::clear()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM entries")) || !query.exec(QStringLiteral("DELETE FROM meta")))
        return std::unexpected(sqlError(db.databaseName(), query.lastError()));
    return {};
}

} // namespace Mailwarden
