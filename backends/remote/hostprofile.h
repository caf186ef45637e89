#pragma once

#include "core/mtakind.h"

#include <QDebug>
#include <QString>

#include <optional>

namespace Mailwarden {

/// Everything needed to reach one host, except its secrets (those live in the
/// SecretStore under secretId()). Saved by HostProfileStore in QSettings.
struct HostProfile {
    enum class Kind { Ssh, Local };
    enum class Auth { PublicKey, Agent, Password, KeyboardInteractive };

    QString name; ///< unique; letters, digits, '.', '_', '-' (see isValidName)
    Kind kind = Kind::Ssh;
    QString address; ///< host name or IP address
    quint16 port = 22;
    QString user;
    Auth auth = Auth::PublicKey;
    QString keyFile; ///< private key for Auth::PublicKey
    bool useSudo = true; ///< privileged commands through `sudo -n`
    QString group; ///< folder in the host list; empty: top level
    MtaKind mtaHint = MtaKind::Unknown; ///< Unknown: detect
    QString fileHelper = QStringLiteral("/usr/local/sbin/mw-file");
    /// A password or passphrase is stored for this host in the SecretStore.
    bool hasSecret = false;

    /// The key of this host's password or key passphrase in the SecretStore.
    QString secretId() const;
    /// "user@address:port" (or "This computer").
    QString target() const;

    static bool isValidName(const QString &name);
    static QString authKey(Auth auth);
    static std::optional<Auth> authFromKey(const QString &key);
    /// A translated name for the method ("Password", …).
    static QString authDisplayName(Auth auth);

    friend bool operator==(const HostProfile &, const HostProfile &) = default;
};

QDebug operator<<(QDebug debug, const HostProfile &profile);

} // namespace Mailwarden
