#pragma once

#include "remoteerror.h"

#include <QHash>
#include <QString>

#include <memory>

namespace Mailwarden {

/// Secrets (host passwords, key passphrases) in one file encrypted with a
/// master password: the fallback when no OS keyring runs (see SecretStore).
///
/// File: JSON with the KDF (PBKDF2-SHA256, 200,000 to 5,000,000 iterations,
/// 16-byte random salt), the cipher (AES-256-GCM, a fresh random 12-byte
/// nonce on every save, 16-byte tag) and the ciphertext of the secrets.
/// Nothing in it is readable without the master password; a wrong password
/// or a modified file fails the GCM tag check. Saved through QSaveFile with
/// mode 0600.
///
/// Memory: the derived key and the decrypted secrets (and the decrypted file
/// while it is read or written) are held only in QCA::SecureArray, which QCA
/// wipes when freed and locks against swapping when the system lets it
/// (hasSecureMemory(); else it is ordinary memory). The key is derived by
/// OpenSSL from a SecureArray copy of the master password. Outside the vault
/// secrets are plain memory: the master password comes in as the caller's
/// QByteArray, and secret() hands out a QByteArray copy that the caller must
/// wipe when done (SshCredentials does). unlock() turns core dumps off for
/// the process (protectProcessSecrets()).
class SecretVault final
{
public:
    static constexpr unsigned kIterations = 310000;
    /// The iteration counts a vault file may ask for.
    static constexpr qint64 kMinIterations = 200000;
    static constexpr qint64 kMaxIterations = 5000000;

    explicit SecretVault(const QString &path = defaultPath());
    ~SecretVault();
    Q_DISABLE_COPY_MOVE(SecretVault)

    static QString defaultPath();
    /// QCA (with qca-ossl) offers AES-256-GCM.
    static bool isSupported();
    /// QCA could lock its secure memory (else SecureArray is ordinary memory).
    static bool hasSecureMemory();

    bool exists() const;
    bool isUnlocked() const;
    /// Opens the vault with \a masterPassword (an absent vault is created on
    /// the first save with it). Kind::Secrets with a clear message when the
    /// password is wrong or the file damaged.
    RemoteResult<Done> unlock(const QByteArray &masterPassword);

    /// A copy of the secret under \a id, in ordinary memory: wipe it after use.
    std::optional<QByteArray> secret(const QString &id) const;
    RemoteResult<Done> setSecret(const QString &id, const QByteArray &value);
    RemoteResult<Done> removeSecret(const QString &id);

private:
    RemoteResult<Done> save();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Mailwarden
