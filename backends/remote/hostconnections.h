#pragma once

#include "host.h"
#include "hostprofile.h"
#include "sshsession.h"

#include <QObject>

#include <map>
#include <memory>
#include <vector>

namespace Mailwarden {

class SecretStore;

/// The console's open hosts: one Host per profile, made on first use from
/// the profile and its stored secret (HostFactory), kept while the console
/// runs, and dropped when the profile changes or goes. Relays every host's
/// state changes with the host's name, in the thread this object lives in.
class HostConnections final : public QObject
{
    Q_OBJECT
public:
    HostConnections(SecretStore &secrets, const SshOptions &options, QObject *parent = nullptr);
    ~HostConnections() override;

    /// The Host of \a profile; made now if there is none yet.
    RemoteResult<Host *> host(const HostProfile &profile);
    /// The Host of \a name if one was made; nullptr otherwise.
    Host *existing(const QString &name) const;
    QFuture<RemoteResult<Done>> connectHost(const HostProfile &profile);
    void disconnectHost(const QString &name);
    /// Accept this key for \a name on its next connection (SSH hosts only).
    void trustHostKey(const QString &name, const QString &fingerprint);
    /// Closes the Host of \a name (its profile was edited or removed); the next
    /// host() makes a new one. The old object stays valid for work still using it.
    void forget(const QString &name);
    const SshOptions &options() const { return m_options; }

Q_SIGNALS:
    void stateChanged(const QString &name, Mailwarden::Host::State state, const QString &message);

private:
    SecretStore &m_secrets;
    SshOptions m_options;
    std::map<QString, std::unique_ptr<Host>> m_hosts;
    /// Forgotten hosts, disconnected but kept until the console ends: a page's
    /// background read may still be inside one (it holds the raw pointer), and
    /// a profile edit is rare enough that the few bytes do not matter.
    std::vector<std::unique_ptr<Host>> m_retired;
};

} // namespace Mailwarden
