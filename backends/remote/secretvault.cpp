#include "secretvault.h"

#include "core/tr.h"
#include "secretmemory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtCrypto>

#include <map>

#include <openssl/evp.h>

namespace Mailwarden {

namespace {

const QString kCipher = QStringLiteral("aes256-gcm");
// PBKDF2-HMAC-SHA256 (RFC 8018), by OpenSSL: qca-ossl offers PBKDF2 only over
// SHA-1, and QPasswordDigestor would keep copies of the password in its heap.
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

QCA::SymmetricKey deriveKey(const QCA::SecureArray &masterPassword, const QByteArray &salt, unsigned iterations)
{
    QCA::SecureArray raw(kKeyBytes, 0);
    const int ok = PKCS5_PBKDF2_HMAC(masterPassword.constData(), int(masterPassword.size()),
        reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), int(iterations), EVP_sha256(),
        kKeyBytes, reinterpret_cast<unsigned char *>(raw.data()));
    return ok == 1 ? QCA::SymmetricKey(raw) : QCA::SymmetricKey();
}

// The decrypted file is a JSON object {"id":"base64 of the secret",...}. It is
// written and read here, inside QCA::SecureArray, because QJsonDocument and
// QByteArray::toBase64 would leave copies of every secret in the heap.
constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void appendBase64(QCA::SecureArray &out, const QCA::SecureArray &bytes)
{
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.constData());
    const int n = bytes.size();
    const int at = out.size();
    out.resize(at + (n + 2) / 3 * 4);
    char *p = out.data() + at;
    for (int i = 0; i < n; i += 3) {
        const unsigned v = unsigned(in[i]) << 16 | (i + 1 < n ? unsigned(in[i + 1]) << 8 : 0u)
            | (i + 2 < n ? unsigned(in[i + 2]) : 0u);
        *p++ = kBase64[v >> 18 & 63];
        *p++ = kBase64[v >> 12 & 63];
        *p++ = i + 1 < n ? kBase64[v >> 6 & 63] : '=';
        *p++ = i + 2 < n ? kBase64[v & 63] : '=';
    }
}

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

std::optional<QCA::SecureArray> decodeBase64(const char *text, int length)
{
    while (length > 0 && text[length - 1] == '=')
        --length;
    if (length % 4 == 1)
        return std::nullopt;
    QCA::SecureArray out(length * 3 / 4, 0);
    char *p = out.data();
    unsigned bits = 0;
    int count = 0;
    for (int i = 0; i < length; ++i) {
        const int v = base64Value(text[i]);
        if (v < 0)
            return std::nullopt;
        bits = bits << 6 | unsigned(v);
        if (++count == 4) {
            *p++ = char(bits >> 16);
            *p++ = char(bits >> 8);
            *p++ = char(bits);
            bits = 0;
            count = 0;
        }
    }
    if (count == 3) {
        *p++ = char(bits >> 10);
        *p++ = char(bits >> 2);
    } else if (count == 2) {
        *p++ = char(bits >> 4);
    }
    return out;
}

void appendText(QCA::SecureArray &out, QByteArrayView text)
{
    const int at = out.size();
    out.resize(at + int(text.size()));
    std::memcpy(out.data() + at, text.data(), std::size_t(text.size()));
}

// An id as a JSON string (ids are not secret: a QByteArray is fine).
QByteArray jsonString(const QString &id)
{
    QByteArray out = "\"";
    for (const char c : id.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (uchar(c) < 0x20)
            out += QByteArray("\\u00") + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out + '"';
}

QCA::SecureArray encodeSecrets(const std::map<QString, QCA::SecureArray> &secrets)
{
    QCA::SecureArray out;
    appendText(out, "{");
    bool first = true;
    for (const auto &[id, value] : secrets) {
        appendText(out, first ? "" : ",");
        first = false;
        appendText(out, jsonString(id));
        appendText(out, ":\"");
        appendBase64(out, value);
        appendText(out, "\"");
    }
    appendText(out, "}");
    return out;
}

// Reads what encodeSecrets() (or, before it, QJsonDocument's compact form)
// wrote: an object of string members, the values base64. nullopt: damaged.
class SecretsReader
{
public:
    explicit SecretsReader(const QCA::SecureArray &plain) : m_p(plain.constData()), m_end(m_p + plain.size()) { }

    std::optional<std::map<QString, QCA::SecureArray>> read()
    {
        std::map<QString, QCA::SecureArray> secrets;
        if (!take('{'))
            return std::nullopt;
        if (take('}'))
            return atEnd() ? std::optional(std::move(secrets)) : std::nullopt;
        do {
            const auto id = readId();
            if (!id || !take(':') || !take('"'))
                return std::nullopt;
            const char *start = m_p;
            while (m_p < m_end && *m_p != '"')
                ++m_p;
            if (m_p == m_end)
                return std::nullopt;
            auto value = decodeBase64(start, int(m_p - start));
            ++m_p;
            if (!value)
                return std::nullopt;
            secrets[*id] = std::move(*value);
        } while (take(','));
        if (!take('}') || !atEnd())
            return std::nullopt;
        return secrets;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\t' || *m_p == '\r'))
            ++m_p;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    std::optional<QString> readId()
    {
        if (!take('"'))
            return std::nullopt;
        QByteArray id;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p != '\\') {
                id += *m_p++;
                continue;
            }
            if (++m_p == m_end)
                return std::nullopt;
            const char e = *m_p++;
            if (e == 'u') {
                if (m_end - m_p < 4)
                    return std::nullopt;
                bool ok = false;
                const uint code = QByteArray(m_p, 4).toUInt(&ok, 16);
                if (!ok)
                    return std::nullopt;
                id += QString(QChar(char16_t(code))).toUtf8();
                m_p += 4;
            } else {
                static constexpr std::string_view from = "\"\\/bfnrt", to = "\"\\/\b\f\n\r\t";
                const std::size_t which = from.find(e);
                if (which == std::string_view::npos)
                    return std::nullopt;
                id += to[which];
            }
        }
        if (m_p == m_end)
            return std::nullopt;
        ++m_p;
        return QString::fromUtf8(id);
    }

    const char *m_p;
    const char *m_end;
};

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
    protectProcessSecrets();
    const QCA::SecureArray password(masterPassword);

    if (!exists()) {
        d->salt = QCA::Random::randomArray(kSaltBytes).toByteArray();
        d->iterations = kIterations;
        d->key = deriveKey(password, d->salt, d->iterations);
        if (d->key.isEmpty())
            return std::unexpected(vaultError(Tr::tr("Cannot derive the key of the secrets file.")));
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
    if (salt.size() < kSaltBytes || nonce.size() != kNonceBytes || tag.size() != kTagBytes)
        return std::unexpected(vaultError(Tr::tr("The secrets file %1 is damaged.").arg(d->path)));
    // The count decides how long unlocking takes: too few is weak, too many
    // (or a negative one cast to a huge one) would hang the program.
    const qint64 rounds = json.value(QStringLiteral("iterations")).toInteger(-1);
    if (rounds < kMinIterations || rounds > kMaxIterations) {
        return std::unexpected(vaultError(Tr::tr("The secrets file %1 asks for %2 key derivation rounds; Mailwarden "
                                                 "accepts %3 to %4. The file is damaged or was not written by "
                                                 "Mailwarden.")
                .arg(d->path)
                .arg(rounds)
                .arg(kMinIterations)
                .arg(kMaxIterations)));
    }
    const auto iterations = unsigned(rounds);

    const QCA::SymmetricKey key = deriveKey(password, salt, iterations);
    if (key.isEmpty())
        return std::unexpected(vaultError(Tr::tr("Cannot derive the key of the secrets file.")));
    QCA::Cipher cipher(QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Decode, key,
        QCA::InitializationVector(nonce), QCA::AuthTag(tag));
    QCA::SecureArray plain = cipher.update(QCA::MemoryRegion(data));
    plain += cipher.final();
    if (!cipher.ok())
        return std::unexpected(vaultError(Tr::tr("The master password is wrong, or the secrets file was modified.")));

    auto secrets = SecretsReader(plain).read();
    if (!secrets)
        return std::unexpected(vaultError(Tr::tr("The secrets file %1 is damaged.").arg(d->path)));
    d->secrets = std::move(*secrets);
    d->salt = salt;
    d->iterations = iterations;
    d->key = key;
    d->unlocked = true;
    return Done {};
}

bool SecretVault::hasSecureMemory()
{
    ensureQca();
    return QCA::haveSecureMemory();
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
    const QCA::SecureArray plain = encodeSecrets(d->secrets);
    const QCA::InitializationVector nonce(kNonceBytes);
    // qca-ossl fills in a tag only as long as the one it is given.
    QCA::Cipher cipher(QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Encode, d->key, nonce,
        QCA::AuthTag(kTagBytes));
    QCA::SecureArray data = cipher.update(plain);
    data += cipher.final();
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
