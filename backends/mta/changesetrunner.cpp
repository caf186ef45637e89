#include "changesetrunner.h"

#include "core/tr.h"
#include "core/unifieddiff.h"
#include "history.h"
#include "mta.h"
#include "remote/host.h"
#include "remote/safefilewriter.h"

#include <QThread>

namespace Mailwarden {

namespace {

QString commandOutput(const CommandResult &result)
{
    QString out = QString::fromUtf8(result.out).trimmed();
    const QString err = QString::fromUtf8(result.err).trimmed();
    if (!err.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral("\n")) + err;
    return out;
}

} // namespace

std::function<void(const QString &)> &ChangeSetRunner::beforeJobHook()
{
    static std::function<void(const QString &)> hook;
    return hook;
}

ChangeSetRunner::ChangeSetRunner(Host &host, const Mta &mta, ChangeSet changes, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_mta(mta)
    , m_changes(std::move(changes))
    , m_report(std::make_unique<Report>(Tr::tr("Apply \"%1\" on %2").arg(m_changes.description(), host.displayName())))
{
}

ChangeSetRunner::~ChangeSetRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ChangeSetRunner::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        const Outcome outcome = run();
        m_outcome = outcome;
        Q_EMIT finished(outcome);
    });
    m_thread->start();
}

void ChangeSetRunner::cancel()
{
    m_cancel = true;
}

ChangeSetRunner::Outcome ChangeSetRunner::wait()
{
    if (m_thread)
        m_thread->wait();
    return m_outcome;
}

QStringList ChangeSetRunner::backups() const
{
    QStringList out;
    for (const Written &w : m_written)
        out.append(w.backup);
    return out;
}

bool ChangeSetRunner::runStep(Report *parent, const QString &text, const std::function<bool(Report *)> &step)
{
    Report *node = parent->newChild(text);
    Q_EMIT stepStarted(text);
    const bool ok = step(node);
    node->setStatus(ok ? Report::Status::Done : Report::Status::Failed);
    Q_EMIT stepFinished(text, ok);
    return ok;
}

bool ChangeSetRunner::runCommands(Report *node, const QList<Command> &commands)
{
    for (const Command &command : commands) {
        Report *child = node->newChild(command.displayString());
        const auto result = m_host.run(command).result();
        if (!result) {
            child->addOutput(result.error().toString());
            child->setStatus(Report::Status::Failed);
            return false;
        }
        child->addOutput(commandOutput(*result));
        if (!result->succeeded()) {
            child->addOutput(Tr::tr("exit code %1").arg(result->exitCode));
            child->setStatus(Report::Status::Failed);
            return false;
        }
        child->setStatus(Report::Status::Done);
    }
    return true;
}

const ChangeSetRunner::Hashes &ChangeSetRunner::hashes(const FileChange &f)
{
    auto it = m_hashes.find(f.path);
    if (it == m_hashes.end())
        it = m_hashes.insert(f.path, {SafeFileWriter::sha256Hex(f.before), SafeFileWriter::sha256Hex(f.after)});
    return *it;
}

bool ChangeSetRunner::casCheck(Report *node)
{
    for (const FileChange &f : m_changes.files()) {
        Command stat;
        stat.argv = {m_host.fileHelper().toUtf8(), "stat", f.path.toUtf8()};
        stat.sudo = true;
        const auto result = m_host.run(stat).result();
        if (!result || !result->succeeded()) {
            node->addOutput(result ? commandOutput(*result) : result.error().toString());
            return false;
        }
        const QList<QByteArray> fields = result->out.trimmed().split(' ');
        const bool asLoaded = f.absentBefore ? fields == QList<QByteArray> {"missing"}
                                             : fields.value(0) == "regular" && fields.value(5) == hashes(f).before;
        if (!asLoaded) {
            node->addOutput(
                Tr::tr("%1 changed on the host since it was loaded: load it again and redo the change.").arg(f.path));
            return false;
        }
        node->addOutput(Tr::tr("%1 is as loaded").arg(f.path));
    }
    return true;
}

bool ChangeSetRunner::writeFiles(Report *node)
{
    for (const FileChange &f : m_changes.files()) {
        if (f.absentAfter) {
            const auto backup = removeFile(node, f.path, f.before);
            if (!backup)
                return false;
            m_written.append({f, *backup});
            node->addOutput(Tr::tr("%1 removed (backup %2)").arg(f.path, *backup));
            continue;
        }
        SafeWriteRequest request {f.path, f.after, f.absentBefore ? std::nullopt : std::optional(hashes(f).before),
            Host::Access::Root, hashes(f).after};
        const auto written = SafeFileWriter::write(m_host, request).result();
        if (!written) {
            node->addOutput(QStringLiteral("%1: %2").arg(f.path, written.error().toString()));
            return false;
        }
        m_written.append({f, written->backupPath});
        node->addOutput(f.absentBefore ? Tr::tr("%1 created").arg(f.path)
                                       : Tr::tr("%1 written (backup %2)").arg(f.path, written->backupPath));
    }
    return true;
}

std::optional<QString> ChangeSetRunner::removeFile(Report *node, const QString &path, const QByteArray &expected)
{
    constexpr int kExitChanged = 65;
    Command remove;
    remove.argv
        = {m_host.fileHelper().toUtf8(), "remove", "--expect", SafeFileWriter::sha256Hex(expected), path.toUtf8()};
    remove.sudo = true;
    const auto result = m_host.run(remove).result();
    if (!result) {
        node->addOutput(QStringLiteral("%1: %2").arg(path, result.error().toString()));
        return std::nullopt;
    }
    if (result->exitCode == kExitChanged) {
        node->addOutput(
            Tr::tr("%1 changed on the host since it was loaded: load it again and redo the change.").arg(path));
        return std::nullopt;
    }
    if (!result->succeeded()) {
        node->addOutput(Tr::tr("Cannot remove %1 on the host: %2").arg(path, commandOutput(*result)));
        return std::nullopt;
    }
    return QString::fromUtf8(result->out.trimmed());
}

bool ChangeSetRunner::cancelled(Report *parent)
{
    if (!m_cancel)
        return false;
    parent->newChild(Tr::tr("Cancelled"))->setStatus(Report::Status::Skipped);
    return true;
}

ChangeSetRunner::Outcome ChangeSetRunner::rollBack(Report *parent)
{
    Report *node = parent->newChild(Tr::tr("Roll back"));
    Q_EMIT stepStarted(node->text());
    bool ok = true;
    for (auto it = m_written.crbegin(); it != m_written.crend(); ++it) {
        FileChange back = it->change;
        std::swap(back.before, back.after);
        std::swap(back.absentBefore, back.absentAfter);
        if (back.absentAfter) { // it was created: remove it again
            ok = removeFile(node, back.path, back.before).has_value() && ok;
            // Nothing to rebuild from: a compiled copy the run built from it
            // (.db, .cdb) stays behind (docs/changes.md, "Not yet").
            continue;
        }
        Command restore;
        restore.argv = {m_host.fileHelper().toUtf8(), "restore"};
        restore.argv += back.absentBefore ? QByteArrayList {"--expect-missing"}
                                          : QByteArrayList {"--expect", hashes(it->change).after};
        restore.argv += {it->backup.toUtf8(), back.path.toUtf8()};
        restore.sudo = true;
        ok = runCommands(node, {restore}) && ok;
        ok = runCommands(node, m_mta.rebuildCommands(back, m_host.fileHelper())) && ok;
    }
    ok = runCommands(node, m_mta.reloadCommands()) && ok;
    if (!ok)
        node->addOutput(Tr::tr("The roll back did not complete. The backups are: %1").arg(backups().join(u", ")));
    node->setStatus(ok ? Report::Status::Done : Report::Status::Failed);
    Q_EMIT stepFinished(node->text(), ok);
    return ok ? Outcome::RolledBack : Outcome::RollbackFailed;
}

void ChangeSetRunner::record(Report *parent, Outcome outcome)
{
    Report *node = parent->newChild(Tr::tr("Record the change in the host's history"));
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.who = HistoryJournal::localUser();
    entry.host = m_host.displayName();
    entry.description = m_changes.description();
    entry.outcome = outcome == Outcome::Applied ? QStringLiteral("applied")
        : outcome == Outcome::RolledBack        ? QStringLiteral("rolled-back")
        : outcome == Outcome::Cancelled         ? QStringLiteral("cancelled")
                                                : QStringLiteral("rollback-failed");
    for (const Written &w : m_written) {
        // An applied file's content is kept beside its backups, so drift can
        // later show what changed behind Mailwarden's back. An absent file has
        // no hash: "" (as Drift calls a missing file).
        const QString afterCopy = outcome == Outcome::Applied && !w.change.absentAfter
            ? HistoryJournal::keepAfterCopy(m_host, w.change.path, w.change.after.size())
            : QString();
        entry.files.append({w.change.path, w.change.absentBefore ? QByteArray() : hashes(w.change).before,
            w.change.absentAfter ? QByteArray() : hashes(w.change).after, w.backup, afterCopy});
        // The journal is readable by all: a file only root may read (sasl_passwd,
        // authinfo) keeps its secrets out of it. A removed file lives on as its backup.
        const QString readable = w.change.absentAfter ? w.backup : w.change.path;
        const auto info = m_host.stat(readable).result(); // as the admin: no hashing of the file
        const bool everyoneReads = info && info->exists && (info->mode & 04);
        entry.diff += everyoneReads
            ? QString::fromUtf8(UnifiedDiff::diff(w.change.before, w.change.after, w.change.path))
            : Tr::tr("[%1: not world-readable, its diff is not recorded]\n").arg(w.change.path);
    }
    entry.report = m_report->toText();
    for (const Report *step : m_report->children()) {
        if (step->text() == Tr::tr("Validate the configuration"))
            entry.validation = step->toText();
    }
    const auto appended = HistoryJournal::append(m_host, m_mta.kind(), entry);
    if (appended) {
        node->addOutput(Tr::tr("change %1 in %2").arg(appended->id).arg(HistoryJournal::pathFor(m_mta.kind())));
        node->setStatus(Report::Status::Done);
    } else {
        node->addOutput(Tr::tr("The history could not be written: %1").arg(appended.error().toString()));
        node->setStatus(Report::Status::Failed);
    }
}

ChangeSetRunner::Outcome ChangeSetRunner::run()
{
    Report *root = m_report.get();
    auto finish = [this, root](Outcome outcome) {
        root->setStatus(outcome == Outcome::Applied ? Report::Status::Done : Report::Status::Failed);
        if (!m_written.isEmpty())
            record(root, outcome);
        return outcome;
    };
    auto hook = [](const char *job) {
        if (beforeJobHook())
            beforeJobHook()(QString::fromLatin1(job));
    };

    if (!runStep(root, Tr::tr("Check the new contents"), [this](Report *node) {
            if (const auto error = m_changes.validate()) {
                node->addOutput(error->toString());
                return false;
            }
            const auto derived = m_mta.derivedChanges(m_host, m_changes.files());
            if (!derived) {
                node->addOutput(derived.error().toString());
                return false;
            }
            for (const FileChange &f : *derived) {
                node->addOutput(Tr::tr("%1 generated").arg(f.path));
                m_changes.addFile(f);
            }
            return true;
        }))
        return finish(Outcome::Refused);
    if (cancelled(root))
        return finish(Outcome::Cancelled);
    hook("cas");
    // Several files are all checked before the first is written. A single file's
    // own write checks it (SafeFileWriter: stat, then `install --expect` under the
    // helper's lock), which saves hashing a large table twice.
    if (m_changes.files().size() > 1
        && !runStep(
            root, Tr::tr("Check that nobody else changed the files"), [this](Report *n) { return casCheck(n); }))
        return finish(Outcome::Refused);
    if (cancelled(root))
        return finish(Outcome::Cancelled);

    struct Job {
        const char *name;
        QString text;
        std::function<bool(Report *)> step;
    };
    const QList<Job> jobs {
        {"write", Tr::tr("Back up and write the files"), [this](Report *n) { return writeFiles(n); }},
        {"rebuild", Tr::tr("Rebuild tables"),
            [this](Report *n) {
                for (const FileChange &f : m_changes.files()) {
                    if (!f.absentAfter && !runCommands(n, m_mta.rebuildCommands(f, m_host.fileHelper())))
                        return false;
                }
                return true;
            }},
        {"validate", Tr::tr("Validate the configuration"),
            [this](Report *n) { return runCommands(n, m_mta.validateCommands()); }},
        {"reload", Tr::tr("Reload the MTA"), [this](Report *n) { return runCommands(n, m_mta.reloadCommands()); }},
        {"verify", Tr::tr("Verify that the MTA runs"),
            [this](Report *n) { return runCommands(n, m_mta.verifyCommands()); }},
    };
    for (const Job &job : jobs) {
        hook(job.name);
        const bool ok = runStep(root, job.text, job.step);
        if (!ok || m_cancel) {
            if (m_written.isEmpty())
                return finish(ok ? Outcome::Cancelled : Outcome::Refused);
            const Outcome back = rollBack(root);
            return finish(back == Outcome::RolledBack && ok ? Outcome::Cancelled : back);
        }
    }
    return finish(Outcome::Applied);
}

} // namespace Mailwarden
