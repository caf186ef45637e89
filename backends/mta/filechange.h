#pragma once

#include <QByteArray>
#include <QDebug>
#include <QString>

#include <optional>

namespace Mailwarden {

/// One file of a ChangeSet: what it held when it was loaded and what it should
/// hold. The load-time content is the compare-and-swap expectation: if the host's
/// file is no longer that, the change is refused and nothing is written.
struct FileChange {
    QString path; ///< the real file on the host (catalogue paths are resolved)
    QString formatType; ///< the format its new content must parse as ("" checks nothing)
    QString mapType; ///< hash, lmdb, cdb, …: how the MTA's compiled copy is rebuilt ("" none)
    QByteArray before; ///< content at load time
    QByteArray after; ///< the new content
    /// The file did not exist at load time (`before` is empty): the write
    /// expects it still absent, and its undo removes it.
    bool absentBefore = false;
    /// The change removes the file (`after` is empty): the helper moves it to its
    /// backup under a compare-and-swap on `before` (qmail: back to the default).
    bool absentAfter = false;

    friend bool operator==(const FileChange &, const FileChange &) = default;
};

QDebug operator<<(QDebug debug, const FileChange &change);

} // namespace Mailwarden
