#pragma once

#include "host.h"
#include "hostprofile.h"
#include "sshsession.h"

#include <memory>

namespace Mailwarden {

class SshWorker;

/// A host reached over SSH with libssh (see Host for the contract).
///
/// One worker thread per SshHost owns the connection (SshWorker): it connects
/// on first use, multiplexes several commands on one session (bounded by
/// SshOptions::maxChannels), sends keep-alives when idle and reconnects after
/// a dropped connection. Host keys are checked against known_hosts: an
/// unknown key fails with Kind::HostKeyUnknown and its fingerprint; after the
/// user accepted it, trustHostKey(fingerprint) lets the next connection record
/// it. A changed key always fails (Kind::HostKeyChanged).
class SshHost final : public Host
{
    Q_OBJECT
public:
    SshHost(const HostProfile &profile, const SshCredentials &credentials, const SshOptions &options = {},
        QObject *parent = nullptr);
    ~SshHost() override;

    QString displayName() const override;
    QFuture<RemoteResult<Done>> connectToHost() override;
    void disconnectFromHost() override;
    QFuture<RemoteResult<std::shared_ptr<PortForward>>> forwardPort(
        const QString &targetHost, quint16 targetPort) override;

    /// Accept the key with \a fingerprint ("SHA256:…") on the next connection
    /// and record it in known_hosts. Any other key is still refused.
    void trustHostKey(const QString &fingerprint);
    const HostProfile &profile() const { return m_profile; }

protected:
    QFuture<RemoteResult<CommandResult>> execute(const Command &command) override;
    void startStream(const Command &command, RemoteStream *stream) override;

private:
    HostProfile m_profile;
    SshOptions m_options;
    std::unique_ptr<SshWorker> m_worker;
};

} // namespace Mailwarden
