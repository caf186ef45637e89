#include "sshforwarder.h"

#include "core/tr.h"
#include "ownconnection.h"

#include <QLoggingCategory>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace Mailwarden {

namespace {

constexpr qsizetype kReadChunk = 64 * 1024;

} // namespace

WorkerWaker::WorkerWaker() : m_fd(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) { }

WorkerWaker::~WorkerWaker()
{
    ::close(m_fd);
}

void WorkerWaker::wake() const
{
    eventfd_write(m_fd, 1);
}

void WorkerWaker::drain() const
{
    eventfd_t value = 0;
    eventfd_read(m_fd, &value);
}

RemoteResult<std::shared_ptr<ForwardListener>> ForwardListener::open(
    const QByteArray &targetHost, quint16 targetPort, std::shared_ptr<WorkerWaker> waker)
{
    auto failure = [](const QString &detail) {
        return std::unexpected(
            RemoteError::make(RemoteError::Kind::Io, Tr::tr("Cannot open a local port for the tunnel."), detail));
    };
    auto listener = std::make_shared<ForwardListener>();
    listener->targetHost = targetHost;
    listener->targetPort = targetPort;
    listener->waker = std::move(waker);
    listener->fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (listener->fd < 0)
        return failure(QString::fromLocal8Bit(strerror(errno)));
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // never reachable from other machines
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (::bind(listener->fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener->fd, 16) != 0
        || ::getsockname(listener->fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        return failure(QString::fromLocal8Bit(strerror(errno)));
    }
    listener->localPort = ntohs(address.sin_port);
    return listener;
}

ForwardListener::~ForwardListener()
{
    if (fd >= 0)
        ::close(fd);
}

SshPortForward::SshPortForward(std::shared_ptr<ForwardListener> listener)
    : PortForward(QStringLiteral("127.0.0.1"), listener->localPort,
          QStringLiteral("%1:%2").arg(QString::fromUtf8(listener->targetHost)).arg(listener->targetPort))
    , m_listener(std::move(listener))
{
}

SshPortForward::~SshPortForward()
{
    m_listener->released = true;
    m_listener->waker->wake();
}

struct SshForwarder::Connection {
    SshForwarder *owner = nullptr;
    const ForwardListener *listener = nullptr;
    int fd = -1;
    ssh_channel channel = nullptr;
    ssh_channel_callbacks_struct callbacks {};
    QByteArray toClient; // channel data the socket has not taken yet
    short registeredEvents = 0;
    bool clientEof = false;
    bool channelEof = false;
    bool channelClosed = false;
    bool shutDownWrite = false;
};

SshForwarder::SshForwarder() = default;

SshForwarder::~SshForwarder()
{
    detach();
}

void SshForwarder::add(std::shared_ptr<ForwardListener> listener)
{
    if (m_event)
        ssh_event_add_fd(m_event, listener->fd, POLLIN, &SshForwarder::onListenerReadable, this);
    m_listeners.push_back(std::move(listener));
}

void SshForwarder::attach(ssh_event event, ssh_session session)
{
    m_event = event;
    m_session = session;
    for (const auto &listener : m_listeners)
        ssh_event_add_fd(m_event, listener->fd, POLLIN, &SshForwarder::onListenerReadable, this);
}

void SshForwarder::detach()
{
    while (!m_connections.empty()) {
        close(*m_connections.back());
        m_connections.pop_back();
    }
    if (m_event) {
        for (const auto &listener : m_listeners)
            ssh_event_remove_fd(m_event, listener->fd);
    }
    m_event = nullptr;
    m_session = nullptr;
}

std::vector<int> SshForwarder::listenerFds() const
{
    std::vector<int> fds;
    for (const auto &listener : m_listeners)
        fds.push_back(listener->fd);
    return fds;
}

void SshForwarder::refusePending()
{
    for (const auto &listener : m_listeners) {
        int fd;
        while ((fd = ::accept4(listener->fd, nullptr, nullptr, SOCK_CLOEXEC)) >= 0)
            ::close(fd); // the client sees the connection end, as with ssh -L
    }
}

void SshForwarder::service()
{
    for (const auto &listener : std::vector(m_listeners)) {
        if (listener->released)
            closeListener(listener);
        else if (m_session)
            acceptPending(*listener);
    }
    std::erase_if(m_connections, [this](const std::unique_ptr<Connection> &connection) {
        if (pump(*connection)) {
            updateEvents(*connection);
            return false;
        }
        close(*connection);
        return true;
    });
}

void SshForwarder::closeListener(const std::shared_ptr<ForwardListener> &listener)
{
    std::erase_if(m_connections, [this, raw = listener.get()](const std::unique_ptr<Connection> &connection) {
        if (connection->listener != raw)
            return false;
        close(*connection);
        return true;
    });
    if (m_event)
        ssh_event_remove_fd(m_event, listener->fd);
    std::erase(m_listeners, listener);
}

void SshForwarder::acceptPending(ForwardListener &listener)
{
    for (;;) {
        sockaddr_in peer {};
        socklen_t length = sizeof peer;
        const int fd
            = ::accept4(listener.fd, reinterpret_cast<sockaddr *>(&peer), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return;
        // 127.0.0.1 is open to every local user: only this process's own
        // connections (the probe's) may use the tunnel.
        if (!isOwnLoopbackConnection(fd)) {
            qCWarning(lcSsh) << "port forward to" << listener.targetHost << listener.targetPort
                             << ": refused a connection from another process, port" << ntohs(peer.sin_port);
            ::close(fd);
            continue;
        }
        open(fd, listener);
    }
}

void SshForwarder::open(int clientFd, const ForwardListener &listener)
{
    auto connection = std::make_unique<Connection>();
    connection->owner = this;
    connection->listener = &listener;
    connection->fd = clientFd;
    connection->channel = ssh_channel_new(m_session);
    if (!connection->channel) {
        close(*connection);
        return;
    }
    // Callbacks before the open: the server's first bytes (an SMTP greeting)
    // can come in the same read as the open confirmation, and libssh hands
    // them only to callbacks that exist by then.
    connection->callbacks.userdata = connection.get();
    connection->callbacks.channel_data_function = &SshForwarder::onChannelData;
    connection->callbacks.channel_eof_function = &SshForwarder::onChannelEof;
    connection->callbacks.channel_close_function = &SshForwarder::onChannelClose;
    ssh_callbacks_init(&connection->callbacks);
    ssh_set_channel_callbacks(connection->channel, &connection->callbacks);
    // The originator is what sshd logs; the target sees the host's own address.
    if (ssh_channel_open_forward(
            connection->channel, listener.targetHost.constData(), listener.targetPort, "127.0.0.1", listener.localPort)
        != SSH_OK) {
        qCInfo(lcSsh) << "direct-tcpip to" << listener.targetHost << listener.targetPort
                      << "refused:" << ssh_get_error(m_session);
        close(*connection);
        return;
    }
    // Anything libssh still buffered for the channel.
    char buffer[kReadChunk];
    int got;
    while ((got = ssh_channel_read_nonblocking(connection->channel, buffer, sizeof buffer, 0)) > 0)
        connection->toClient.append(buffer, got);
    updateEvents(*connection);
    m_connections.push_back(std::move(connection));
}

bool SshForwarder::pump(Connection &connection)
{
    // Channel → socket: whatever the socket takes now.
    while (!connection.toClient.isEmpty()) {
        const ssize_t written
            = ::send(connection.fd, connection.toClient.constData(), connection.toClient.size(), MSG_NOSIGNAL);
        if (written < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            return false;
        }
        connection.toClient.remove(0, written);
    }
    if (connection.toClient.isEmpty() && (connection.channelEof || connection.channelClosed)
        && !connection.shutDownWrite) {
        ::shutdown(connection.fd, SHUT_WR);
        connection.shutDownWrite = true;
    }
    // Socket → channel: no more than the remote window, so the write never blocks.
    while (!connection.clientEof && !connection.channelClosed) {
        const uint32_t window = ssh_channel_window_size(connection.channel);
        if (window == 0)
            break;
        char buffer[kReadChunk];
        const ssize_t got = ::recv(connection.fd, buffer, qMin<qsizetype>(window, kReadChunk), 0);
        if (got == 0) {
            connection.clientEof = true;
            ssh_channel_send_eof(connection.channel);
            break;
        }
        if (got < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            return false;
        }
        if (ssh_channel_write(connection.channel, buffer, uint32_t(got)) != got)
            return false;
    }
    if (connection.channelClosed && connection.toClient.isEmpty())
        return false;
    return !(connection.clientEof && connection.shutDownWrite);
}

void SshForwarder::updateEvents(Connection &connection)
{
    if (!m_event)
        return;
    short wanted = 0;
    if (!connection.clientEof && !connection.channelClosed && ssh_channel_window_size(connection.channel) > 0)
        wanted |= POLLIN;
    if (!connection.toClient.isEmpty())
        wanted |= POLLOUT;
    if (wanted == connection.registeredEvents)
        return;
    if (connection.registeredEvents)
        ssh_event_remove_fd(m_event, connection.fd);
    if (wanted)
        ssh_event_add_fd(m_event, connection.fd, wanted, &SshForwarder::onConnectionReady, &connection);
    connection.registeredEvents = wanted;
}

void SshForwarder::close(Connection &connection)
{
    if (m_event && connection.registeredEvents)
        ssh_event_remove_fd(m_event, connection.fd);
    connection.registeredEvents = 0;
    if (connection.channel) {
        ssh_remove_channel_callbacks(connection.channel, &connection.callbacks);
        // Never close a channel the server refused: the CLOSE would name a
        // channel it does not have, and OpenSSH drops the whole session for that.
        if (m_session && ssh_channel_is_open(connection.channel) && !connection.channelClosed)
            ssh_channel_close(connection.channel);
        ssh_channel_free(connection.channel);
        connection.channel = nullptr;
    }
    if (connection.fd >= 0)
        ::close(connection.fd);
    connection.fd = -1;
}

int SshForwarder::onListenerReadable(socket_t, int, void *)
{
    return 0; // accepted in service(), after the poll
}

int SshForwarder::onConnectionReady(socket_t, int, void *)
{
    return 0; // moved in service(), after the poll
}

int SshForwarder::onChannelData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *self)
{
    auto *connection = static_cast<Connection *>(self);
    if (!isStderr)
        connection->toClient.append(static_cast<const char *>(data), length);
    return int(length);
}

void SshForwarder::onChannelEof(ssh_session, ssh_channel, void *self)
{
    static_cast<Connection *>(self)->channelEof = true;
}

void SshForwarder::onChannelClose(ssh_session, ssh_channel, void *self)
{
    static_cast<Connection *>(self)->channelClosed = true;
}

} // namespace Mailwarden
