#include "secretstore.h"

#include "core/tr.h"
#include "secretmemory.h"
#include "secretvault.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace Mailwarden {

namespace {

const QString kService = QStringLiteral("Mailwarden");

// Runs a QtKeychain job to its end. Never the insecure plain-text fallback.
template<typename Job>
QKeychain::Error runJob(Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error();
}

RemoteError keychainError(const QString &detail)
{
    return RemoteError::make(RemoteError::Kind::Secrets, Tr::tr("The system keyring refused the request."), detail);
}

} // namespace

SecretStore::SecretStore(MasterPasswordProvider provider, const QString &vaultPath)
    : m_provider(std::move(provider))
    , m_vault(std::make_unique<SecretVault>(vaultPath.isEmpty() ? SecretVault::defaultPath() : vaultPath))
{
    const bool forceVault = qEnvironmentVariable("MAILWARDEN_SECRETS") == QLatin1String("vault");
    m_backend = !forceVault && QKeychain::isAvailable() ? Backend::Keychain : Backend::Vault;
}

SecretStore::~SecretStore() = default;

RemoteResult<Done> SecretStore::unlockVault()
{
    if (m_vault->isUnlocked())
        return Done {};
    const std::optional<QByteArray> password = m_provider ? m_provider(!m_vault->exists()) : std::nullopt;
    if (!password)
        return std::unexpected(
            RemoteError::make(RemoteError::Kind::Cancelled, Tr::tr("No master password was given.")));
    return m_vault->unlock(*password);
}

RemoteResult<std::optional<QByteArray>> SecretStore::read(const QString &id)
{
    protectProcessSecrets();
    if (m_backend == Backend::Keychain) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(id);
        const QKeychain::Error error = runJob(job);
        if (error == QKeychain::EntryNotFound)
            return std::optional<QByteArray>();
        if (error != QKeychain::NoError)
            return std::unexpected(keychainError(job.errorString()));
        return std::optional<QByteArray>(job.binaryData());
    }
    if (!m_vault->exists())
        return std::optional<QByteArray>();
    if (auto unlocked = unlockVault(); !unlocked)
        return std::unexpected(unlocked.error());
    return m_vault->secret(id);
}

RemoteResult<Done> SecretStore::write(const QString &id, const QByteArray &secret)
{
    protectProcessSecrets();
    if (m_backend == Backend::Keychain) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(id);
        job.setBinaryData(secret);
        if (runJob(job) != QKeychain::NoError)
            return std::unexpected(keychainError(job.errorString()));
        return Done {};
    }
    if (auto unlocked = unlockVault(); !unlocked)
        return unlocked;
    return m_vault->setSecret(id, secret);
}

RemoteResult<Done> SecretStore::remove(const QString &id)
{
    if (m_backend == Backend::Keychain) {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(id);
        const QKeychain::Error error = runJob(job);
        if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
            return std::unexpected(keychainError(job.errorString()));
        return Done {};
    }
    if (!m_vault->exists())
        return Done {};
    if (auto unlocked = unlockVault(); !unlocked)
        return unlocked;
    return m_vault->removeSecret(id);
}

} // namespace Mailwarden
