#include "hostconnections.h"

#include "hostfactory.h"
#include "sshhost.h"

namespace Mailwarden {

HostConnections::HostConnections(SecretStore &secrets, const SshOptions &options, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_options(options)
{
}

HostConnections::~HostConnections() = default;

RemoteResult<Host *> HostConnections::host(const HostProfile &profile)
{
    if (Host *known = existing(profile.name))
        return known;
    auto made = HostFactory::create(profile, m_secrets, m_options);
    if (!made)
        return std::unexpected(made.error());
    Host *host = made->get();
    // Queued from the host's worker thread into ours.
    connect(host, &Host::stateChanged, this, [this, name = profile.name](Host::State state, const QString &message) {
        Q_EMIT stateChanged(name, state, message);
    });
    m_hosts[profile.name] = std::move(*made);
    return host;
}

Host *HostConnections::existing(const QString &name) const
{
    const auto found = m_hosts.find(name);
    return found == m_hosts.end() ? nullptr : found->second.get();
}

QFuture<RemoteResult<Done>> HostConnections::connectHost(const HostProfile &profile)
{
    const auto made = host(profile);
    if (!made) {
        QPromise<RemoteResult<Done>> failed;
        failed.start();
        failed.addResult(std::unexpected(made.error()));
        failed.finish();
        return failed.future();
    }
    return (*made)->connectToHost();
}

void HostConnections::disconnectHost(const QString &name)
{
    if (Host *host = existing(name))
        host->disconnectFromHost();
}

void HostConnections::trustHostKey(const QString &name, const QString &fingerprint)
{
    if (auto *ssh = qobject_cast<SshHost *>(existing(name)))
        ssh->trustHostKey(fingerprint);
}

void HostConnections::forget(const QString &name)
{
    const auto found = m_hosts.find(name);
    if (found == m_hosts.end())
        return;
    found->second->disconnect(this);
    found->second->disconnectFromHost();
    m_retired.push_back(std::move(found->second));
    m_hosts.erase(found);
    Q_EMIT stateChanged(name, Host::State::Disconnected, {});
}

} // namespace Mailwarden
