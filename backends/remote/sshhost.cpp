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
    m_worker.reset(); // joins the thread before Host's members go away
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
