#pragma once

#include "changeset.h"
#include "core/report.h"
#include "remote/command.h"
#include "remote/remoteerror.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Mailwarden {

class Host;
class Mta;

/// Applies a ChangeSet to a host as one transaction (kpmcore's OperationRunner;
/// DESIGN.md, "Never lose a config"). Jobs, in order, each a node of report():
///
///  1. the new contents parse with their formats (else Refused, nothing sent),
///     and the files generated from them join the set (Mta::derivedChanges:
///     sendmail.cf from sendmail.mc; a failure there is Refused too);
///  2. compare-and-swap: every file on the host still has the hash it had at
///     load time (root-file helper `stat`; else Refused, nothing written); a
///     single file is checked by its write (step 3) instead;
///  3. each file backed up and replaced atomically (SafeFileWriter, as root),
///     created where it was absent (the helper's --expect-missing), or removed
///     (helper `remove --expect OLD`: the file becomes its backup);
///  4. rebuild (Mta::rebuildCommands), 5. validate, 6. reload, 7. verify;
///  8. once anything was written: an entry in the host's journal (HistoryJournal)
///     with the files' hashes and backups, for an applied change a copy of
///     each file's new content (HistoryJournal::keepAfterCopy, what drift
///     diffs against), the diff of the world-readable files, the validation
///     step's output and this report. A journal that cannot be written is a warning in
///     the report, not a failure of the change.
///
/// A failure or a cancel after the first write rolls back: every written file
/// is restored from its backup (helper `restore --expect NEW`, a removed one with
/// --expect-missing; a created one removed again), rebuilt, and the
/// MTA reloaded, so the host ends byte-identical to how it started
/// (RolledBack); if that fails too the outcome is RollbackFailed and the report
/// names every backup. It runs on its own thread; signals arrive queued.
class ChangeSetRunner final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Running, Applied, Refused, RolledBack, RollbackFailed, Cancelled };
    Q_ENUM(Outcome)

    /// \a host and \a mta must outlive the runner.
    ChangeSetRunner(Host &host, const Mta &mta, ChangeSet changes, QObject *parent = nullptr);
    ~ChangeSetRunner() override;

    void start();
    /// Asks the run to stop at the next job boundary (a rollback once written).
    void cancel();
    /// Blocks until the run ended (CLI and tests; never on the GUI thread).
    Outcome wait();

    Outcome outcome() const { return m_outcome.load(); }
    /// Complete once finished() was emitted.
    const Report &report() const { return *m_report; }
    /// The files the run changes: the ChangeSet plus the generated ones. Its
    /// undo() puts every byte back, the generated files included.
    ChangeSet appliedChanges() const { return m_changes; }
    /// Backups made, in file order (for the history and for a manual restore).
    QStringList backups() const;

Q_SIGNALS:
    void stepStarted(const QString &text);
    void stepFinished(const QString &text, bool ok);
    void finished(Mailwarden::ChangeSetRunner::Outcome outcome);

private:
    struct Written {
        FileChange change;
        QString backup;
    };

    struct Hashes {
        QByteArray before, after; ///< SHA-256 (hex)
    };
    /// \a f's hashes, computed once per run (a million-line table takes
    /// ~100 ms per hash, and CAS, write, roll back and history all need them).
    const Hashes &hashes(const FileChange &f);

    Outcome run();
    bool runStep(Report *parent, const QString &text, const std::function<bool(Report *)> &step);
    bool runCommands(Report *node, const QList<Command> &commands);
    bool casCheck(Report *node);
    bool writeFiles(Report *node);
    /// The helper's `remove --expect`: the backup's path, or nullopt (said in \a node).
    std::optional<QString> removeFile(Report *node, const QString &path, const QByteArray &expected);
    Outcome rollBack(Report *parent);
    void record(Report *parent, Outcome outcome);
    bool cancelled(Report *parent);

    // Test seam (tests/integration): called before each job with its name
    // ("cas", "write", "rebuild", "validate", "reload", "verify").
    friend class ChangeSetRunnerTestSeam;
    static std::function<void(const QString &)> &beforeJobHook();

    Host &m_host;
    const Mta &m_mta;
    ChangeSet m_changes;
    QHash<QString, Hashes> m_hashes;
    std::unique_ptr<Report> m_report;
    QList<Written> m_written;
    std::atomic<bool> m_cancel = false;
    std::atomic<Outcome> m_outcome = Outcome::Running;
    QThread *m_thread = nullptr;
};

} // namespace Mailwarden
