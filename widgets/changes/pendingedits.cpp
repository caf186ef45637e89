#include "pendingedits.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace Mailwarden {

struct PendingEdits::HostEdits {
    QList<FileChange> files; // in the order they were first edited
    QUndoStack stack;
};

// One edit: the file's pending state before and after it.
class PendingEditCommand final : public QUndoCommand
{
public:
    PendingEditCommand(PendingEdits &edits, QString host, QString path, std::optional<FileChange> from,
        std::optional<FileChange> to, const QString &text)
        : QUndoCommand(text)
        , m_edits(edits)
        , m_host(std::move(host))
        , m_path(std::move(path))
        , m_from(std::move(from))
        , m_to(std::move(to))
    {
    }
    void undo() override { m_edits.setFile(m_host, m_path, m_from); }
    void redo() override { m_edits.setFile(m_host, m_path, m_to); }

private:
    PendingEdits &m_edits;
    QString m_host;
    QString m_path;
    std::optional<FileChange> m_from;
    std::optional<FileChange> m_to;
};

PendingEdits::PendingEdits(QObject *parent) : QObject(parent) { }

PendingEdits::~PendingEdits() = default;

PendingEdits::HostEdits &PendingEdits::hostEdits(const QString &host)
{
    auto &slot = m_hosts[host];
    if (!slot)
        slot = std::make_unique<HostEdits>();
    return *slot;
}

void PendingEdits::edit(const QString &host, const FileChange &change, const QString &text)
{
    const std::optional<FileChange> from = file(host, change.path);
    std::optional<FileChange> to = change;
    if (from) {
        to->before = from->before;
        to->absentBefore = from->absentBefore;
    }
    if (to->after == to->before && to->absentAfter == to->absentBefore)
        to.reset();
    if (to == from)
        return;
    hostEdits(host).stack.push(new PendingEditCommand(*this, host, change.path, from, to, text));
}

void PendingEdits::setFile(const QString &host, const QString &path, const std::optional<FileChange> &change)
{
    QList<FileChange> &files = hostEdits(host).files;
    const auto it = std::find_if(files.begin(), files.end(), [&](const FileChange &f) { return f.path == path; });
    if (change && it != files.end())
        *it = *change;
    else if (change)
        files.append(*change);
    else if (it != files.end())
        files.erase(it);
    Q_EMIT fileChanged(host, path);
}

std::optional<FileChange> PendingEdits::file(const QString &host, const QString &path) const
{
    const auto h = m_hosts.find(host);
    if (h == m_hosts.end())
        return std::nullopt;
    for (const FileChange &f : h->second->files) {
        if (f.path == path)
            return f;
    }
    return std::nullopt;
}

QList<FileChange> PendingEdits::files(const QString &host) const
{
    const auto h = m_hosts.find(host);
    return h == m_hosts.end() ? QList<FileChange>() : h->second->files;
}

bool PendingEdits::hasEdits(const QString &host) const
{
    return !files(host).isEmpty();
}

ChangeSet PendingEdits::changeSet(const QString &host, MtaKind mta) const
{
    const auto h = m_hosts.find(host);
    QStringList steps;
    if (h != m_hosts.end()) {
        const QUndoStack &stack = h->second->stack;
        for (int i = 0; i < stack.index(); ++i)
            steps.append(stack.text(i));
    }
    ChangeSet set(mta, steps.join(QStringLiteral("; ")));
    for (const FileChange &f : files(host))
        set.addFile(f);
    return set;
}

QUndoStack *PendingEdits::undoStack(const QString &host)
{
    return &hostEdits(host).stack;
}

void PendingEdits::clear(const QString &host)
{
    const auto h = m_hosts.find(host);
    if (h == m_hosts.end())
        return;
    const QList<FileChange> files = h->second->files;
    h->second->stack.clear();
    h->second->files.clear();
    for (const FileChange &f : files)
        Q_EMIT fileChanged(host, f.path);
}

} // namespace Mailwarden
