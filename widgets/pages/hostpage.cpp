#include "hostpage.h"

#include "remote/sshhost.h"

#include <QCoreApplication>

namespace Mailwarden {

QString waitingText(const ActiveHost &host, const QString &none, const QString &disconnected)
{
    switch (host.state) {
    case ActiveHost::State::None:
        return none;
    case ActiveHost::State::Disconnected:
        return disconnected;
    case ActiveHost::State::Surveying:
        return QCoreApplication::translate("HostPage", "Reading the configuration of %1…").arg(host.name);
    case ActiveHost::State::Failed:
        return QCoreApplication::translate("HostPage", "The configuration of %1 could not be read: %2")
            .arg(host.name, host.error);
    case ActiveHost::State::Ready:
        break;
    }
    return {};
}

QString mtaAddress(const Host *host)
{
    if (const auto *ssh = qobject_cast<const SshHost *>(host))
        return ssh->profile().address;
    return QStringLiteral("127.0.0.1"); // LocalHost
}

} // namespace Mailwarden
