#include "secretvault.h"

#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPasswordDigestor>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtCrypto>

#include <map>

namespace Mailwarden {

namespace {

const QString kCipher = QStringLiteral("aes256-gcm");
// qca-ossl offers PBKDF2 only over SHA-1, so the key comes from QtNetwork's
// QPasswordDigestor (PBKDF2-HMAC-SHA256, RFC 8018).
const QString kKdf = QStringLiteral("pbkdf2-sha256");
constexpr int kSaltBytes = 16;
constexpr int kNonceBytes = 12;
constexpr int kKeyBytes = 32;
constexpr int kTagBytes = 16;

void ensureQca()
{
    // Never destroyed: QCA's plugins must outlive every static that uses them.
    static auto *initializer = new QCA::Initializer;
    Q_UNUSED(initializer);
}

RemoteError vaultError(const QString &message, const QString &detail = {})
{
    return RemoteError::make(RemoteError::Kind::Secrets, message, detail);
}

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

QCA::SymmetricKey deriveKey(const QByteArray &masterPassword, const QByteArray &salt, unsigned iterations)
{
    QByteArray raw = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, masterPassword, salt, int(iterations), kKeyBytes);
    QCA::SymmetricKey key {QCA::SecureArray(raw)};
    wipe(raw);
    return key;
}

} // namespace

struct SecretVault::Private {
    QString path;
    bool unlocked = false;
    unsigned iterations = kIterations;
    QByteArray salt;
    QCA::SymmetricKey key;
    std::map<QString, QCA::SecureArray> secrets;
};

SecretVault::SecretVault(const QString &path) : d(std::make_unique<Private>())
{
    d->path = path;
}

SecretVault::~SecretVault() = default;

QString SecretVault::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/secrets.vault");
}

bool SecretVault::isSupported()
{
    ensureQca();
    // Check before constructing: an unsupported QCA::Cipher crashes.
    return QCA::isSupported(kCipher.toLatin1().constData());
}

bool SecretVault::exists() const
{
    return QFile::exists(d->path);
}

bool SecretVault::isUnlocked() const
{
    return d->unlocked;
}

RemoteResult<Done> SecretVault::unlock(const QByteArray &masterPassword)
{
    if (!isSupported())
        return std::unexpected(vaultError(Tr::tr("This system's QCA has no AES-256-GCM (is qca-ossl installed?).")));
    if (masterPassword.isEmpty())
        return std::unexpected(vaultError(Tr::tr("The master password must not be empty.")));

    if (!exists()) {
        d->salt = QCA::Random::randomArray(kSaltBytes).toByteArray();
        d->iterations = kIterations;
        d->key = deriveKey(masterPassword, d->salt, d->iterations);
        d->secrets.clear();
        d->unlocked = true;
        return Done {};
    }

    QFile file(d->path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(vaultError(Tr::tr("Cannot read the secrets file %1.").arg(d->path), file.errorString()));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("mailwarden-vault")
        || json.value(QStringLiteral("cipher")).toString() != kCipher
        || json.value(QStringLiteral("kdf")).toString() != kKdf)
        return std::unexpected(vaultError(Tr::tr("%1 is not a Mailwarden secrets file.").arg(d->path)));
    auto field = [&](const char *name) {
        return QByteArray::fromBase64(json.value(QLatin1String(name)).toString().toLatin1());
    };
    const QByteArray salt = field("salt");
    const QByteArray nonce = field("nonce");
    const QByteArray tag = field("tag");
    const QByteArray data = field("data");
    const unsigned iterations = unsigned(json.value(QStringLiteral("iterations")).toInteger());
    if (salt.size() < kSaltBytes || nonce.size() != kNonceBytes || tag.size() != kTagBytes || iterations < 200000)
        return std::unexpected(vaultError(Tr::tr("The secrets file %1 is damaged.").arg(d->path)));

    const QCA::SymmetricKey key = deriveKey(masterPassword, salt, iterations);
    QCA::Cipher cipher(QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Decode, key,
        QCA::InitializationVector(nonce), QCA::AuthTag(tag));
    QCA::SecureArray plain = cipher.update(QCA::MemoryRegion(data));
    plain += cipher.final();
    if (!cipher.ok())
        return std::unexpected(vaultError(Tr::tr("The master password is wrong, or the secrets file was modified.")));

    QByteArray plainBytes = plain.toByteArray();
    const QJsonObject entries = QJsonDocument::fromJson(plainBytes).object();
    wipe(plainBytes);
    d->secrets.clear();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        QByteArray value = QByteArray::fromBase64(it.value().toString().toLatin1());
        d->secrets[it.key()] = QCA::SecureArray(value);
        wipe(value);
    }
    d->salt = salt;
    d->iterations = iterations;
    d->key = key;
    d->unlocked = true;
    return Done {};
}

std::optional<QByteArray> SecretVault::secret(const QString &id) const
{
    const auto it = d->secrets.find(id);
    if (!d->unlocked || it == d->secrets.end())
        return std::nullopt;
    return it->second.toByteArray();
}

RemoteResult<Done> SecretVault::setSecret(const QString &id, const QByteArray &value)
{
    if (!d->unlocked)
        return std::unexpected(vaultError(Tr::tr("The secrets file is locked.")));
    d->secrets[id] = QCA::SecureArray(value);
    return save();
}

RemoteResult<Done> SecretVault::removeSecret(const QString &id)
{
    if (!d->unlocked)
        return std::unexpected(vaultError(Tr::tr("The secrets file is locked.")));
    if (d->secrets.erase(id) == 0)
        return Done {};
    return save();
}

RemoteResult<Done> SecretVault::save()
{
    QJsonObject entries;
    for (const auto &[id, value] : d->secrets)
        entries.insert(id, QString::fromLatin1(value.toByteArray().toBase64()));
    QByteArray plain = QJsonDocument(entries).toJson(QJsonDocument::Compact);

    const QCA::InitializationVector nonce(kNonceBytes);
    // qca-ossl fills in a tag only as long as the one it is given.
    QCA::Cipher cipher(QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Encode, d->key, nonce,
        QCA::AuthTag(kTagBytes));
    QCA::SecureArray data = cipher.update(QCA::SecureArray(plain));
    data += cipher.final();
    wipe(plain);
    if (!cipher.ok())
        return std::unexpected(vaultError(Tr::tr("Cannot encrypt the secrets.")));

    QJsonObject json;
    json.insert(QStringLiteral("format"), QStringLiteral("mailwarden-vault"));
    json.insert(QStringLiteral("version"), 1);
    json.insert(QStringLiteral("kdf"), kKdf);
    json.insert(QStringLiteral("iterations"), qint64(d->iterations));
    json.insert(QStringLiteral("salt"), QString::fromLatin1(d->salt.toBase64()));
    json.insert(QStringLiteral("cipher"), kCipher);
    json.insert(QStringLiteral("nonce"), QString::fromLatin1(nonce.toByteArray().toBase64()));
    json.insert(QStringLiteral("tag"), QString::fromLatin1(cipher.tag().toByteArray().toBase64()));
    json.insert(QStringLiteral("data"), QString::fromLatin1(data.toByteArray().toBase64()));

    QDir().mkpath(QFileInfo(d->path).absolutePath());
    QSaveFile file(d->path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(
            vaultError(Tr::tr("Cannot write the secrets file %1.").arg(d->path), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson());
    if (!file.commit())
        return std::unexpected(
            vaultError(Tr::tr("Cannot write the secrets file %1.").arg(d->path), file.errorString()));
    return Done {};
}

} // namespace Mailwarden
