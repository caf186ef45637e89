#pragma once

#include "host.h"
#include "hostprofile.h"
#include "sshsession.h"

#include <memory>

namespace Mailwarden {

class SecretStore;

/// Makes the Host a profile describes: LocalHost for Kind::Local, else an
/// SshHost with the profile's secret (password or key passphrase) read from
/// \a secrets. The GUI's host list and the CLI both make hosts here.
class HostFactory final
{
public:
    static RemoteResult<std::unique_ptr<Host>> create(
        const HostProfile &profile, SecretStore &secrets, const SshOptions &options = {});
    /// Whether the profile's login uses a stored secret (password or passphrase).
    static bool needsSecret(const HostProfile &profile);
};

} // namespace Mailwarden
