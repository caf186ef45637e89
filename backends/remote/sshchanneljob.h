#pragma once

#include "command.h"
#include "loginshell.h"
#include "remoteerror.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QPromise>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <memory>

namespace Mailwarden {

class StreamSink;

/// One command on its own channel of an SSH session. Owned and driven by the
/// SshWorker, on its thread only: start() opens the channel and sends the exec
/// request; libssh's channel callbacks (run while the worker polls the
/// session) deliver output, EOF, exit status and close; pumpInput() feeds
/// stdin as the remote window allows. Subclasses decide where output goes and
/// how the caller learns the end (complete() or fail(), exactly one of them).
class SshChannelJob
{
public:
    SshChannelJob(Command command, std::chrono::milliseconds defaultTimeout);
    virtual ~SshChannelJob();
    Q_DISABLE_COPY_MOVE(SshChannelJob)

    /// Opens the channel and sends the command, as a line for \a shell.
    RemoteResult<void> start(ssh_session session, const LoginShell &shell);
    /// Writes as much stdin as the window takes, then sends EOF once.
    void pumpInput();
    /// The command ended (exit status and EOF, or channel closed).
    bool isDone() const;
    bool hasExpired() const { return m_deadline.hasExpired(); }
    qint64 remainingMs() const { return m_deadline.remainingTime(); }
    /// Stops the remote command and closes the channel.
    void abort();
    /// Set once a start failed on a dead connection and the job was requeued.
    bool retried = false;
    /// The command wrote more than it may (Command::maxOutputBytes).
    bool hasTooMuchOutput() const { return m_tooMuchOutput; }

    virtual bool isCancelled() const = 0;
    virtual void complete() = 0;
    virtual void fail(const RemoteError &error) = 0;
    const Command &command() const { return m_command; }

protected:
    virtual void received(const char *data, uint32_t length, bool isStderr) = 0;

    Command m_command;
    int m_exitCode = -1;
    QString m_exitSignal;
    bool m_tooMuchOutput = false;

private:
    static int onData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *self);
    static void onEof(ssh_session, ssh_channel, void *self);
    static void onClose(ssh_session, ssh_channel, void *self);
    static void onExitStatus(ssh_session, ssh_channel, int status, void *self);
    static void onExitSignal(
        ssh_session, ssh_channel, const char *signal, int core, const char *message, const char *language, void *self);

    ssh_channel m_channel = nullptr;
    ssh_channel_callbacks_struct m_callbacks {};
    QDeadlineTimer m_deadline;
    qsizetype m_inputWritten = 0;
    bool m_eofSent = false;
    bool m_remoteEof = false;
    bool m_closed = false;
    bool m_exitKnown = false;
};

/// Runs a command to its end and fulfils a QFuture with the CommandResult.
class SshExecJob final : public SshChannelJob
{
public:
    SshExecJob(Command command, std::chrono::milliseconds defaultTimeout);
    QFuture<RemoteResult<CommandResult>> future() { return m_promise.future(); }

    bool isCancelled() const override { return m_promise.isCanceled(); }
    void complete() override;
    void fail(const RemoteError &error) override;

protected:
    void received(const char *data, uint32_t length, bool isStderr) override;

private:
    QPromise<RemoteResult<CommandResult>> m_promise;
    CommandResult m_result;
};

/// Hands a command's output to a RemoteStream line by line while it runs.
class SshStreamJob final : public SshChannelJob
{
public:
    SshStreamJob(Command command, std::shared_ptr<StreamSink> sink);

    bool isCancelled() const override;
    void complete() override;
    void fail(const RemoteError &error) override;

protected:
    void received(const char *data, uint32_t length, bool isStderr) override;

private:
    std::shared_ptr<StreamSink> m_sink;
};

} // namespace Mailwarden
