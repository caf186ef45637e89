#include "hostfactory.h"

#include "localhost.h"
#include "secretstore.h"
#include "sshhost.h"

namespace Mailwarden {

bool HostFactory::needsSecret(const HostProfile &profile)
{
    return profile.kind == HostProfile::Kind::Ssh && profile.hasSecret && profile.auth != HostProfile::Auth::Agent;
}

RemoteResult<std::unique_ptr<Host>> HostFactory::create(
    const HostProfile &profile, SecretStore &secrets, const SshOptions &options)
{
    if (profile.kind == HostProfile::Kind::Local) {
        auto host = std::make_unique<LocalHost>();
        host->setFileHelper(profile.fileHelper);
        return std::unique_ptr<Host>(std::move(host));
    }
    SshCredentials credentials;
    if (needsSecret(profile)) {
        auto secret = secrets.read(profile.secretId());
        if (!secret)
            return std::unexpected(secret.error());
        if (secret->has_value()) {
            if (profile.auth == HostProfile::Auth::PublicKey)
                credentials.keyPassphrase = **secret;
            else
                credentials.password = **secret;
        }
    }
    return std::unique_ptr<Host>(std::make_unique<SshHost>(profile, credentials, options));
}

} // namespace Mailwarden
