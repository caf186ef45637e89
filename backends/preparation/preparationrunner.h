#pragma once

#include "hoststate.h"
#include "preparationplan.h"

#include "core/report.h"
#include "remote/command.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Mailwarden {

class Host;

/// Installs a PreparationPlan on a host as root, once, after the admin agreed
/// to exactly what the plan shows (docs/hosts.md, "Preparing a host"). Root
/// comes from the account's own sudo: with the password the admin typed, sent
/// on sudo's stdin (`sudo -S -k -p ''`, never on a command line, never
/// stored, wiped after the run), or without one where this account's sudo
/// needs none. Steps, each a node of report():
///
///  1. root access works (`id -u` is 0; a wrong password changes nothing);
///  2. what is at each path, as root: a file that differs from the plan is
///     replaced only with \a replaceDifferent (else Refused, its SHA-256 and
///     diff in the report), something that is not a plain file never;
///  3. the files uploaded to a private temp directory of the admin's;
///  4. the sudo rules checked with `visudo -c -f` before anything is installed;
///  5.–7. each file that is not already identical installed atomically as
///     root: temp file in the target's directory, root:root and its mode, its
///     SHA-256 checked, compare-and-swap against step 2, rename; the sudoers
///     file is checked once more with `visudo -c -f` on its temp file, and after
///     the rename sudo's whole configuration with `visudo -c` (else the previous
///     file is put back);
///  8. `sudo -n -l` as the admin lists every planned rule;
///  9. the helper on the host has the shipped SHA-256, is root:root 0755, and
///     `sudo -n HELPER stat` works on a file of the MTA.
///
/// The temp directory is removed whatever happens. Scripts are fixed text;
/// paths, hashes and modes reach them as arguments only. Runs on its own
/// thread; signals arrive queued.
class PreparationRunner final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Running, Prepared, Refused, Failed };
    Q_ENUM(Outcome)

    struct Options {
        /// The sudo password of the account; empty when its sudo needs none.
        QByteArray sudoPassword;
        /// Replace files that differ from the plan (the admin confirmed it).
        bool replaceDifferent = false;
    };

    /// \a host must outlive the runner.
    PreparationRunner(Host &host, PreparationPlan plan, Options options, QObject *parent = nullptr);
    ~PreparationRunner() override;

    void start();
    /// Blocks until the run ended (CLI and tests; never on the GUI thread).
    Outcome wait();

    Outcome outcome() const { return m_outcome.load(); }
    /// Complete once finished() was emitted.
    const Report &report() const { return *m_report; }
    /// One sentence for the end of the run ("lab-postfix is prepared: …").
    QString summary() const { return m_summary; }

Q_SIGNALS:
    void stepStarted(const QString &text);
    void stepFinished(const QString &text, bool ok);
    void finished(Mailwarden::PreparationRunner::Outcome outcome);

private:
    Outcome run();
    bool step(const QString &text, const std::function<bool(Report *)> &body);
    Command asRoot(const QByteArray &script, const QByteArrayList &args = {}) const;
    /// Runs \a command as root and says in words why it failed (wrong password, no sudo).
    std::optional<CommandResult> runAsRoot(Report *node, const Command &command);
    bool checkRoot(Report *node);
    bool readAsRoot(Report *node);
    bool upload(Report *node);
    bool checkSudoers(Report *node);
    bool install(Report *node, int index);
    bool verifySudoList(Report *node);
    bool verifyHelper(Report *node);
    void removeStaging();
    Outcome finish(Outcome outcome, const QString &summary);

    Host &m_host;
    PreparationPlan m_plan;
    Options m_options;
    QList<FileState> m_states;
    QByteArray m_staging;
    bool m_refused = false;
    QString m_summary;
    std::unique_ptr<Report> m_report;
    std::atomic<Outcome> m_outcome = Outcome::Running;
    QThread *m_thread = nullptr;
};

} // namespace Mailwarden
