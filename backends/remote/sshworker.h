#pragma once

#include "host.h"
#include "sshforwarder.h"
#include "sshkeepalive.h"
#include "sshsession.h"

#include <QPromise>

#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Mailwarden {

class SshChannelJob;

/// The one thread of an SshHost. It owns the libssh session (libssh sessions
/// are not thread-safe, so nothing else touches it) and multiplexes up to
/// SshOptions::maxChannels commands on it; more wait in line, in order.
///
/// Callers hand over jobs with submit() from any thread; the worker wakes
/// through an eventfd, connects on demand (and again after a dropped
/// connection), polls the session with libssh's event loop, and ends each job
/// with complete() or fail(). A job whose channel could not even be opened
/// because the connection had died is retried once on a fresh connection
/// (nothing ran yet); a job in flight when the connection drops fails with
/// Kind::Disconnected (it may have run: commands are not retried). A
/// connection that goes silent is found by SshKeepAlive and counts as dropped.
class SshWorker final
{
public:
    using StateCallback = std::function<void(Host::State, const QString &message)>;

    SshWorker(const HostProfile &profile, const SshCredentials &credentials, const SshOptions &options,
        StateCallback stateChanged);
    ~SshWorker();
    /// Ends the connection and joins the thread (what waits is failed or
    /// canceled). A job submitted afterwards is never run: it is canceled
    /// when the worker goes.
    void stop();
    Q_DISABLE_COPY_MOVE(SshWorker)

    void submit(std::unique_ptr<SshChannelJob> job);
    QFuture<RemoteResult<Done>> connectToHost();
    void disconnectFromHost();
    void trustHostKey(const QString &fingerprint);
    /// Host::forwardPort(): the listener is open at once; the future is
    /// fulfilled once the session is up (or could not be made).
    QFuture<RemoteResult<std::shared_ptr<PortForward>>> forwardPort(const QByteArray &targetHost, quint16 targetPort);

private:
    void run();
    void wake();
    bool ensureConnected();
    void closeSession(Host::State state, const QString &message);
    void startWaitingJobs();
    void finishActiveJobs();
    int pollTimeoutMs() const;
    void failAll(const RemoteError &error, bool includeWaiting);
    void connectionLost(const RemoteError &error);
    void waitDisconnected();

    SshSession m_session;
    SshOptions m_options;
    QString m_hostName;
    RemoteError m_lastError;
    StateCallback m_stateChanged;
    ssh_event_struct *m_event = nullptr;
    std::shared_ptr<WorkerWaker> m_waker;
    SshForwarder m_forwarder;

    std::mutex m_mutex; // guards the fields up to m_thread
    std::deque<std::unique_ptr<SshChannelJob>> m_incoming;
    std::vector<QPromise<RemoteResult<Done>>> m_connectRequests;
    struct ForwardRequest {
        std::shared_ptr<ForwardListener> listener;
        QPromise<RemoteResult<std::shared_ptr<PortForward>>> promise;
    };
    std::vector<ForwardRequest> m_forwardRequests;
    QString m_trustedFingerprint;
    bool m_disconnectRequested = false;
    /// Worker thread only: the user disconnected; commands fail until the next
    /// connectToHost() instead of reconnecting behind their back.
    bool m_heldDown = false;
    bool m_stop = false;

    // worker thread only
    std::deque<std::unique_ptr<SshChannelJob>> m_waiting;
    std::vector<std::unique_ptr<SshChannelJob>> m_active;
    SshKeepAlive m_keepAlive;
    std::thread m_thread;
};

} // namespace Mailwarden
