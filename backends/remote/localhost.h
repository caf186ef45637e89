#pragma once

#include "host.h"

#include <QThreadPool>

#include <atomic>

namespace Mailwarden {

/// The machine Mailwarden runs on, as a Host: commands through QProcess
/// (argv handed to execvp as bytes, no shell), on the host's own thread pool
/// (up to maxConcurrent() commands at once; the GUI thread never waits).
/// Behaves like SshHost: same exit codes (127 for a missing program), same
/// sudo handling, same file commands, same time and output limits. Tests use it where they need no SSH.
class LocalHost final : public Host
{
    Q_OBJECT
public:
    explicit LocalHost(QObject *parent = nullptr);
    ~LocalHost() override;

    QString displayName() const override;
    QFuture<RemoteResult<Done>> connectToHost() override;
    void disconnectFromHost() override;
    QFuture<RemoteResult<std::shared_ptr<PortForward>>> forwardPort(
        const QString &targetHost, quint16 targetPort) override;

    int maxConcurrent() const;
    void setMaxConcurrent(int count);
    /// The time limit of a command without its own (Command::timeout);
    /// Command::kDefaultTimeout unless set. Zero: none.
    std::chrono::milliseconds commandTimeout() const { return m_commandTimeout.load(); }
    void setCommandTimeout(std::chrono::milliseconds timeout) { m_commandTimeout.store(timeout); }

protected:
    QFuture<RemoteResult<CommandResult>> execute(const Command &command) override;
    void startStream(const Command &command, RemoteStream *stream) override;

private:
    QThreadPool m_pool;
    std::atomic<std::chrono::milliseconds> m_commandTimeout {Command::kDefaultTimeout};
};

} // namespace Mailwarden
