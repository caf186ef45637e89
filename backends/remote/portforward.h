#pragma once

#include <QString>

namespace Mailwarden {

/// A TCP port on this machine that leads to a target as the host sees it, the
/// way `ssh -L` does: connect a QTcpSocket or QSslSocket to address():port()
/// and the connection is made from inside the host (for SshHost through an SSH
/// direct-tcpip channel, so the target sees the host's own address; for
/// LocalHost the target itself). Made by Host::forwardPort(); the port stays
/// open while the object lives, and connections through it end with it.
/// Only this process may connect: SshHost closes at once a connection made
/// by any other process (another local user's, say) on the loopback port.
class PortForward
{
public:
    virtual ~PortForward() = default;
    Q_DISABLE_COPY_MOVE(PortForward)

    /// Where to connect on this machine.
    QString address() const { return m_address; }
    quint16 port() const { return m_port; }
    /// What the connections reach, "HOST:PORT" as seen from the host.
    QString target() const { return m_target; }

protected:
    PortForward(QString address, quint16 port, QString target)
        : m_address(std::move(address)), m_port(port), m_target(std::move(target))
    {
    }

private:
    QString m_address;
    quint16 m_port;
    QString m_target;
};

} // namespace Mailwarden
