#pragma once

#include "mta/changeset.h"
#include "mta/filechange.h"

#include <QObject>

#include <map>
#include <memory>
#include <optional>

class QUndoStack;

namespace Mailwarden {

/// The console's unapplied edits, per host: one FileChange per file (its
/// `before` is the content the first edit started from, the compare-and-swap
/// expectation) and one undo stack per host. Every page edits through here, so
/// a file two pages touch (main.cf from the Config form and the Privacy tab)
/// has one pending content, and Apply sends all of a host's edits at once.
class PendingEdits final : public QObject
{
    Q_OBJECT
public:
    explicit PendingEdits(QObject *parent = nullptr);
    ~PendingEdits() override;

    /// Records \a change (before: what the page loaded; after: the new content)
    /// as one undoable step called \a text. A file with a pending edit keeps its
    /// first `before`; an edit back to it removes the file from the pending set.
    void edit(const QString &host, const FileChange &change, const QString &text);

    /// The pending change of \a path on \a host, if any.
    std::optional<FileChange> file(const QString &host, const QString &path) const;
    QList<FileChange> files(const QString &host) const;
    bool hasEdits(const QString &host) const;
    /// All of \a host's edits as one ChangeSet.
    ChangeSet changeSet(const QString &host, MtaKind mta) const;

    /// The host's undo stack (created on first use; owned here).
    QUndoStack *undoStack(const QString &host);
    /// Drops every pending edit of \a host and its undo history (after an apply, or Revert).
    void clear(const QString &host);

Q_SIGNALS:
    /// \a path's pending content on \a host changed (edit, undo, redo, clear).
    void fileChanged(const QString &host, const QString &path);

private:
    friend class PendingEditCommand;
    void setFile(const QString &host, const QString &path, const std::optional<FileChange> &change);

    struct HostEdits;
    std::map<QString, std::unique_ptr<HostEdits>> m_hosts;
    HostEdits &hostEdits(const QString &host);
};

} // namespace Mailwarden
