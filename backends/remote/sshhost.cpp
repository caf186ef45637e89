#include "sshhost.h"

#include "remotestream.h"
#include "sshchanneljob.h"
#include "sshworker.h"

namespace Mailwarden {

SshHost::SshHost(
    const HostProfile &profile, const SshCredentials &credentials, const SshOptions &options, QObject *parent)
    : Host(parent), m_profile(profile), m_options(options)
{
    setFileHelper(profile.fileHelper);
    m_worker = std::make_unique<SshWorker>(
        profile, credentials, options, [this](State state, const QString &message) { setState(state, message); });
}

SshHost::~SshHost()
{
    // Join the thread before Host's members go away, and while m_worker still
    // points at the worker: a continuation the thread runs as it stops (a
    // survey's next step) may run another command, which must reach a worker
    // (that cancels it), not a null pointer (reset() clears it first).
    m_worker->stop();
    m_worker.reset();
}

QString SshHost::displayName() const
{
    return m_profile.name.isEmpty() ? m_profile.address : m_profile.name;
}

QFuture<RemoteResult<Done>> SshHost::connectToHost()
{
    return m_worker->connectToHost();
}

void SshHost::disconnectFromHost()
{
    m_worker->disconnectFromHost();
}

QFuture<RemoteResult<std::shared_ptr<PortForward>>> SshHost::forwardPort(const QString &targetHost, quint16 targetPort)
{
    return m_worker->forwardPort(targetHost.toUtf8(), targetPort);
}

void SshHost::trustHostKey(const QString &fingerprint)
{
    m_worker->trustHostKey(fingerprint);
}

QFuture<RemoteResult<CommandResult>> SshHost::execute(const Command &command)
{
    auto job = std::make_unique<SshExecJob>(command, m_options.commandTimeout);
    QFuture<RemoteResult<CommandResult>> future = job->future();
    m_worker->submit(std::move(job));
    return future;
}

void SshHost::startStream(const Command &command, RemoteStream *stream)
{
    m_worker->submit(std::make_unique<SshStreamJob>(command, stream->sink()));
}

} // namespace Mailwarden
