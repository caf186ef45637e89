#pragma once

#include "history.h"

namespace Mailwarden {

/// rollbackChangeSet() for entries that also created or removed files (their
/// recorded hash is "" on the absent side): a created file is removed again
/// (expected as the entry left it), a removed one is put back from its backup
/// (expected still absent). The other files go through rollbackChangeSet().
/// Kept apart from history.cpp so the two can be merged by whoever owns it.
std::expected<ChangeSet, QString> rollbackWithAbsentFiles(
    Host &host, MtaKind mta, const QList<HistoryEntry> &entries, int id, const QList<FileChange> &formats = {});

} // namespace Mailwarden
