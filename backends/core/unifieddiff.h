#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Mailwarden {

/// A line diff of two versions of one file in unified format (`diff -u`), the
/// preview of every change before it is applied.
///
/// Lines compare byte for byte, line endings included (a CRLF file whose one
/// line became LF shows that line). The common head and tail are skipped
/// first, so a one-line change in a million-line table costs one pass; the
/// rest is Myers' O(ND) diff. Past \a maxEdits differences it stops looking
/// for the shortest script and shows the changed middle as removed and added
/// whole: still a correct diff, bounded in time and memory.
class UnifiedDiff final
{
public:
    struct Stats {
        qsizetype added = 0;
        qsizetype removed = 0;
    };

    /// "--- a/PATH", "+++ b/PATH", then the hunks with \a context lines around
    /// each change; empty when the two are equal. A missing final newline is
    /// marked as `diff` marks it.
    static QByteArray diff(
        QByteArrayView before, QByteArrayView after, const QString &path, int context = 3, qsizetype maxEdits = 4000);

    /// Lines added and removed, as the diff above counts them.
    static Stats stats(QByteArrayView before, QByteArrayView after, qsizetype maxEdits = 4000);
};

} // namespace Mailwarden
