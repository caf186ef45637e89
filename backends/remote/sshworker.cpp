#include "sshworker.h"

#include "core/tr.h"
#include "sshchanneljob.h"

#include <QLoggingCategory>

#include <libssh/libssh.h>
#include <poll.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSsh, "mailwarden.remote.ssh", QtWarningMsg)

namespace Mailwarden {

namespace {

int drainWakeFd(socket_t, int, void *waker)
{
    static_cast<WorkerWaker *>(waker)->drain();
    return 0;
}

RemoteError cancelledError()
{
    return RemoteError::make(RemoteError::Kind::Cancelled, Tr::tr("Cancelled."));
}

} // namespace

SshWorker::SshWorker(const HostProfile &profile, const SshCredentials &credentials, const SshOptions &options,
    StateCallback stateChanged)
    : m_session(profile, credentials, options)
    , m_options(options)
    , m_hostName(profile.address)
    , m_stateChanged(std::move(stateChanged))
    , m_waker(std::make_shared<WorkerWaker>())
    , m_keepAlive(options.keepAlive, options.keepAliveCountMax)
{
    m_options.maxChannels = qBound(1, m_options.maxChannels, 64);
    m_thread = std::thread([this] { run(); });
}

SshWorker::~SshWorker()
{
    stop();
}

void SshWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    wake();
    if (m_thread.joinable())
        m_thread.join();
}

void SshWorker::wake()
{
    m_waker->wake();
}

void SshWorker::submit(std::unique_ptr<SshChannelJob> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_incoming.push_back(std::move(job));
    }
    wake();
}

QFuture<RemoteResult<Done>> SshWorker::connectToHost()
{
    QPromise<RemoteResult<Done>> promise;
    promise.start();
    QFuture<RemoteResult<Done>> future = promise.future();
    {
        std::lock_guard lock(m_mutex);
        m_connectRequests.push_back(std::move(promise));
    }
    wake();
    return future;
}

void SshWorker::disconnectFromHost()
{
    {
        std::lock_guard lock(m_mutex);
        m_disconnectRequested = true;
    }
    wake();
}

QFuture<RemoteResult<std::shared_ptr<PortForward>>> SshWorker::forwardPort(
    const QByteArray &targetHost, quint16 targetPort)
{
    auto listener = ForwardListener::open(targetHost, targetPort, m_waker);
    ForwardRequest request {listener.value_or(nullptr), {}};
    request.promise.start();
    QFuture<RemoteResult<std::shared_ptr<PortForward>>> future = request.promise.future();
    if (!listener) {
        request.promise.addResult(std::unexpected(listener.error()));
        request.promise.finish();
        return future;
    }
    {
        std::lock_guard lock(m_mutex);
        m_forwardRequests.push_back(std::move(request));
    }
    wake();
    return future;
}

void SshWorker::trustHostKey(const QString &fingerprint)
{
    std::lock_guard lock(m_mutex);
    m_trustedFingerprint = fingerprint;
}

void SshWorker::run()
{
    for (;;) {
        std::vector<QPromise<RemoteResult<Done>>> connectRequests;
        std::vector<ForwardRequest> forwardRequests;
        bool disconnect = false;
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                break;
            while (!m_incoming.empty()) {
                m_waiting.push_back(std::move(m_incoming.front()));
                m_incoming.pop_front();
            }
            connectRequests.swap(m_connectRequests);
            forwardRequests.swap(m_forwardRequests);
            disconnect = std::exchange(m_disconnectRequested, false);
        }
        if (disconnect) {
            failAll(cancelledError(), true);
            closeSession(Host::State::Disconnected, {});
            m_heldDown = true;
        }
        if (!connectRequests.empty())
            m_heldDown = false;
        if (m_heldDown && (!m_waiting.empty() || !forwardRequests.empty())) {
            // background work (a page still loading) must not reopen what the user closed
            const RemoteError down = RemoteError::make(
                RemoteError::Kind::Disconnected, Tr::tr("Disconnected: connect to the host again first."));
            failAll(down, true);
            for (auto &request : forwardRequests) {
                request.promise.addResult(std::unexpected(down));
                request.promise.finish();
            }
            forwardRequests.clear();
        }
        if (!connectRequests.empty() || !m_waiting.empty() || !forwardRequests.empty()) {
            const bool connected = ensureConnected();
            for (auto &promise : connectRequests) {
                if (connected)
                    promise.addResult(Done {});
                else
                    promise.addResult(std::unexpected(m_lastError));
                promise.finish();
            }
            for (auto &request : forwardRequests) {
                if (connected) {
                    m_forwarder.add(request.listener);
                    request.promise.addResult(std::make_shared<SshPortForward>(std::move(request.listener)));
                } else {
                    request.promise.addResult(std::unexpected(m_lastError));
                }
                request.promise.finish();
            }
            if (!connected)
                failAll(m_lastError, true);
        }
        startWaitingJobs();

        if (m_event) {
            for (auto &job : m_active)
                job->pumpInput();
            const int rc = ssh_event_dopoll(m_event, pollTimeoutMs());
            if (rc == SSH_ERROR || !m_session.isOpen()) {
                connectionLost(RemoteError::make(RemoteError::Kind::Disconnected,
                    Tr::tr("The connection to %1 was lost.").arg(m_hostName),
                    QString::fromUtf8(ssh_get_error(m_session.handle()))));
                continue;
            }
            m_forwarder.service();
            finishActiveJobs();
            if (!m_keepAlive.check(SshKeepAlive::Clock::now())) {
                connectionLost(RemoteError::make(RemoteError::Kind::Disconnected,
                    Tr::tr("The connection to %1 stopped answering: the server left %2 keepalive requests in a "
                           "row without a reply.")
                        .arg(m_hostName)
                        .arg(m_keepAlive.unanswered())));
                continue;
            }
        } else {
            waitDisconnected();
        }
    }
    failAll(cancelledError(), true);
    closeSession(Host::State::Disconnected, {});
}

bool SshWorker::ensureConnected()
{
    if (m_event && m_session.isOpen())
        return true;
    if (m_event)
        closeSession(Host::State::Disconnected, {});
    QString trusted;
    {
        std::lock_guard lock(m_mutex);
        trusted = m_trustedFingerprint;
    }
    m_stateChanged(Host::State::Connecting, {});
    const auto opened = m_session.open(trusted);
    if (!opened) {
        m_lastError = opened.error();
        qCInfo(lcSsh) << "connect failed:" << m_lastError;
        m_stateChanged(Host::State::Failed, m_lastError.message);
        return false;
    }
    m_event = ssh_event_new();
    ssh_event_add_session(m_event, m_session.handle());
    ssh_event_add_fd(m_event, m_waker->fd(), POLLIN, &drainWakeFd, m_waker.get());
    m_forwarder.attach(m_event, m_session.handle());
    m_keepAlive.attach(m_session.handle());
    m_stateChanged(Host::State::Connected, {});
    return true;
}

void SshWorker::connectionLost(const RemoteError &error)
{
    qCInfo(lcSsh) << "connection lost:" << error;
    finishActiveJobs(); // what ended before the drop still counts
    failAll(error, false);
    closeSession(Host::State::Disconnected, error.message);
}

void SshWorker::closeSession(Host::State state, const QString &message)
{
    m_keepAlive.detach();
    m_active.clear();
    m_forwarder.detach(); // before the session frees its channels
    if (m_event) {
        ssh_event_remove_fd(m_event, m_waker->fd());
        if (m_session.handle())
            ssh_event_remove_session(m_event, m_session.handle());
        ssh_event_free(m_event);
        m_event = nullptr;
    }
    const bool wasOpen = m_session.handle() != nullptr;
    m_session.close();
    if (wasOpen)
        m_stateChanged(state, message);
}

void SshWorker::startWaitingJobs()
{
    while (m_event && int(m_active.size()) < m_options.maxChannels && !m_waiting.empty()) {
        std::unique_ptr<SshChannelJob> job = std::move(m_waiting.front());
        m_waiting.pop_front();
        if (job->isCancelled()) {
            job->fail(cancelledError());
            continue;
        }
        const auto started = job->start(m_session.handle(), m_session.loginShell());
        if (started) {
            m_active.push_back(std::move(job));
            continue;
        }
        if (!m_session.isOpen() && !job->retried) {
            // Died before the command ran: safe to try again on a new connection.
            job->retried = true;
            m_waiting.push_front(std::move(job));
            finishActiveJobs();
            failAll(RemoteError::make(
                        RemoteError::Kind::Disconnected, Tr::tr("The connection to %1 was lost.").arg(m_hostName)),
                false);
            closeSession(Host::State::Disconnected, {});
            if (!ensureConnected())
                failAll(m_lastError, true);
            continue;
        }
        job->fail(started.error());
    }
}

void SshWorker::finishActiveJobs()
{
    std::erase_if(m_active, [](std::unique_ptr<SshChannelJob> &job) {
        if (job->hasTooMuchOutput()) {
            job->abort();
            job->fail(job->command().outputTooLarge());
            return true;
        }
        if (job->isDone()) {
            job->complete();
            return true;
        }
        if (job->isCancelled()) {
            job->abort();
            job->fail(cancelledError());
            return true;
        }
        if (job->hasExpired()) {
            job->abort();
            job->fail(RemoteError::make(RemoteError::Kind::Timeout,
                Tr::tr("“%1” did not finish in time.").arg(job->command().displayString())));
            return true;
        }
        return false;
    });
}

int SshWorker::pollTimeoutMs() const
{
    if (m_active.empty())
        return int(std::clamp<qint64>(m_keepAlive.msUntilDue(SshKeepAlive::Clock::now()), 10, 60000));
    // Short while commands run: cancellation and deadlines are checked between polls.
    qint64 timeout = 100;
    for (const auto &job : m_active) {
        const qint64 left = job->remainingMs();
        if (left >= 0)
            timeout = qMin(timeout, left);
    }
    return int(qMax<qint64>(timeout, 1));
}

void SshWorker::waitDisconnected()
{
    // No session: sleep until a request arrives or a client connects to a
    // port forward, which then reconnects on demand.
    std::vector<pollfd> fds {{m_waker->fd(), POLLIN, 0}};
    for (const int fd : m_forwarder.listenerFds())
        fds.push_back({fd, POLLIN, 0});
    if (::poll(fds.data(), fds.size(), -1) <= 0)
        return;
    if (fds.front().revents)
        m_waker->drain();
    const bool clientWaiting
        = std::any_of(fds.begin() + 1, fds.end(), [](const pollfd &fd) { return fd.revents != 0; });
    if (clientWaiting && !ensureConnected())
        m_forwarder.refusePending();
    m_forwarder.service(); // accepts now, or drops released listeners
}

void SshWorker::failAll(const RemoteError &error, bool includeWaiting)
{
    for (auto &job : m_active)
        job->fail(error);
    m_active.clear();
    if (includeWaiting) {
        for (auto &job : m_waiting)
            job->fail(error);
        m_waiting.clear();
    }
}

} // namespace Mailwarden
