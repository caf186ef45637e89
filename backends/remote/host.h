#pragma once

#include "command.h"
#include "portforward.h"
#include "remoteerror.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace Mailwarden {

class RemoteStream;

/// The one interface to a machine (see DESIGN.md, "Hosts and remote work").
/// SshHost reaches it with libssh, LocalHost with QProcess.
///
/// Threading: every call returns at once. The work runs on the host's own
/// worker thread(s) and the answer arrives as a QFuture (use QFutureWatcher or
/// .then(context, …) in the GUI; never wait on the GUI thread). A Host may be
/// called from any thread. Cancelling a returned future stops the command.
///
/// Errors are values (RemoteResult); a non-zero exit code is a CommandResult,
/// not an error. A command run with sudo whose sudo rule is missing is a
/// RemoteError of kind SudoRefused.
///
/// Files: readFile/stat are built on commands every POSIX host has (cat, stat);
/// stat runs as the admin account. Access::Root goes through `sudo -n` and the
/// host's file helper (default /usr/local/sbin/mw-file, resources/host/mw-file:
/// `read`, `stat`, `install`, `backup`, `restore`; docs/hosts.md), so the sudo
/// rules name one audited program instead of cat, cp and mv.
/// Writing config files is SafeFileWriter's job (compare-and-swap, backup,
/// temp file, fsync, rename).
class Host : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)
    enum class Access { User, Root };

    explicit Host(QObject *parent = nullptr);
    ~Host() override;

    /// What the user calls this host (the profile's name).
    virtual QString displayName() const = 0;

    /// Connects (host key check, authentication) unless connected. Every other
    /// call connects on demand too, so this is for "Test connection" and for
    /// showing progress early. Reconnects after a dropped connection.
    virtual QFuture<RemoteResult<Done>> connectToHost() = 0;
    /// Closes the connection; commands in flight end with Kind::Cancelled.
    virtual void disconnectFromHost() = 0;

    /// Runs \a command (argv, quoted by shellQuote() where a shell is involved).
    QFuture<RemoteResult<CommandResult>> run(const Command &command);
    /// A file's bytes.
    QFuture<RemoteResult<QByteArray>> readFile(const QString &path, Access access = Access::User);
    /// What is at \a path; a missing path is FileInfo{exists = false}, not an error.
    QFuture<RemoteResult<FileInfo>> stat(const QString &path);
    /// Starts \a command and hands its output over line by line (live logs).
    /// The stream belongs to \a parent; deleting it stops the command.
    /// \a connectFirst runs before the command starts: connect there with
    /// Qt::DirectConnection to miss no output (the worker may emit at once).
    RemoteStream *stream(const Command &command, QObject *parent = nullptr,
        const std::function<void(RemoteStream *)> &connectFirst = {});
    /// Makes \a targetHost:\a targetPort, as the host sees it, reachable from
    /// this machine (like `ssh -L`): for tests run from inside the host, e.g.
    /// whether its MTA relays for its own address. See PortForward.
    virtual QFuture<RemoteResult<std::shared_ptr<PortForward>>> forwardPort(
        const QString &targetHost, quint16 targetPort)
        = 0;

    State state() const { return m_state.load(); }
    QString fileHelper() const;
    void setFileHelper(const QString &path);

Q_SIGNALS:
    /// Emitted from the worker thread; receivers in the GUI thread get it queued.
    void stateChanged(Mailwarden::Host::State state, const QString &message);

protected:
    /// Implementations run \a command (argv already validated; use
    /// command.effectiveArgv()) and fulfil the future on their worker.
    virtual QFuture<RemoteResult<CommandResult>> execute(const Command &command) = 0;
    /// Implementations start \a command and feed \a stream's sink until it ends.
    virtual void startStream(const Command &command, RemoteStream *stream) = 0;

    void setState(State state, const QString &message = {});

private:
    std::atomic<State> m_state = State::Disconnected;
    QString m_fileHelper;
};

/// Checks \a command before it is sent: a non-empty argv without NUL bytes.
std::optional<RemoteError> validateCommand(const Command &command);

/// Recognises sudo's refusal in a result of a `sudo -n` command.
bool isSudoRefusal(const CommandResult &result);

} // namespace Mailwarden
