#pragma once

#include "portforward.h"
#include "remoteerror.h"

#include <QByteArray>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <atomic>
#include <memory>
#include <vector>

namespace Mailwarden {

/// The eventfd that wakes an SshWorker's poll. Shared with PortForward
/// handles, which may outlive the worker (a write then reaches nobody).
class WorkerWaker final
{
public:
    WorkerWaker();
    ~WorkerWaker();
    Q_DISABLE_COPY_MOVE(WorkerWaker)
    int fd() const { return m_fd; }
    void wake() const;
    void drain() const;

private:
    int m_fd;
};

/// One `ssh -L`-style listener, shared by the worker and the caller's handle.
/// The handle going away sets `released` and wakes the worker, which closes it.
struct ForwardListener {
    int fd = -1;
    quint16 localPort = 0;
    QByteArray targetHost;
    quint16 targetPort = 0;
    std::atomic_bool released = false;
    std::shared_ptr<WorkerWaker> waker;

    /// Binds 127.0.0.1 on a free port (any thread).
    static RemoteResult<std::shared_ptr<ForwardListener>> open(
        const QByteArray &targetHost, quint16 targetPort, std::shared_ptr<WorkerWaker> waker);
    ~ForwardListener();
};

/// The caller's side: keeps the listener open while it lives.
class SshPortForward final : public PortForward
{
public:
    explicit SshPortForward(std::shared_ptr<ForwardListener> listener);
    ~SshPortForward() override;

private:
    std::shared_ptr<ForwardListener> m_listener;
};

/// The worker's side of every port forward of one SSH session (worker thread
/// only). Accepted connections get a direct-tcpip channel each; bytes move
/// between socket and channel without blocking the worker: the socket is only
/// read while the channel's remote window has room, and channel data waiting
/// for a slow socket is buffered and flushed when the socket takes it.
///
/// libssh calls are made after ssh_event_dopoll() returns (service()), never
/// from inside its fd callbacks, because opening a channel polls the session.
class SshForwarder final
{
public:
    SshForwarder();
    ~SshForwarder();
    Q_DISABLE_COPY_MOVE(SshForwarder)

    void add(std::shared_ptr<ForwardListener> listener);
    /// A session is up: poll the listeners on \a event.
    void attach(ssh_event event, ssh_session session);
    /// The session goes away: end every connection, stop polling on the event.
    void detach();
    /// After each poll: accept, open channels, move bytes, reap, drop released listeners.
    void service();
    /// While no session is up: the listeners' fds, to wake a plain poll().
    std::vector<int> listenerFds() const;
    /// No session could be made: close the connections waiting to be accepted.
    void refusePending();
    bool hasConnections() const { return !m_connections.empty(); }

private:
    struct Connection;

    static int onListenerReadable(socket_t fd, int revents, void *self);
    static int onConnectionReady(socket_t fd, int revents, void *self);
    static int onChannelData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *self);
    static void onChannelEof(ssh_session, ssh_channel, void *self);
    static void onChannelClose(ssh_session, ssh_channel, void *self);

    void acceptPending(ForwardListener &listener);
    void open(int clientFd, const ForwardListener &listener);
    bool pump(Connection &connection);
    void updateEvents(Connection &connection);
    void close(Connection &connection);
    void closeListener(const std::shared_ptr<ForwardListener> &listener);

    ssh_event m_event = nullptr;
    ssh_session m_session = nullptr;
    std::vector<std::shared_ptr<ForwardListener>> m_listeners;
    std::vector<std::unique_ptr<Connection>> m_connections;
};

} // namespace Mailwarden
