#pragma once

#include "remoteerror.h"

#include <functional>
#include <memory>
#include <optional>

namespace Mailwarden {

class SecretVault;

/// Where Mailwarden keeps passwords and key passphrases: the OS keyring
/// (Secret Service, KWallet, … through QtKeychain, never its plain-text
/// fallback) when one runs, else the SecretVault file encrypted with a master
/// password. MAILWARDEN_SECRETS=vault forces the vault (tests, headless hosts).
///
/// The vault asks for its master password through the provider given at
/// construction, once, when first needed: the GUI shows MasterPasswordDialog,
/// the CLI reads MAILWARDEN_MASTER_PASSWORD or the terminal. Calls are
/// synchronous; keyring jobs run a local event loop, so call from a thread with
/// an event loop (the GUI or CLI main thread).
class SecretStore final
{
public:
    enum class Backend { Keychain, Vault };
    /// \a creating: the vault does not exist yet (ask twice, explain).
    /// std::nullopt: the user cancelled.
    using MasterPasswordProvider = std::function<std::optional<QByteArray>(bool creating)>;

    explicit SecretStore(MasterPasswordProvider provider, const QString &vaultPath = {});
    ~SecretStore();
    Q_DISABLE_COPY_MOVE(SecretStore)

    Backend backend() const { return m_backend; }
    /// The secret under \a id; std::nullopt when none is stored.
    RemoteResult<std::optional<QByteArray>> read(const QString &id);
    RemoteResult<Done> write(const QString &id, const QByteArray &secret);
    RemoteResult<Done> remove(const QString &id);

private:
    RemoteResult<Done> unlockVault();

    Backend m_backend;
    MasterPasswordProvider m_provider;
    std::unique_ptr<SecretVault> m_vault;
};

} // namespace Mailwarden
