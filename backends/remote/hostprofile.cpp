#include "hostprofile.h"

#include "core/tr.h"

#include <QRegularExpression>

namespace Mailwarden {

QString HostProfile::secretId() const
{
    return QStringLiteral("host/%1").arg(name);
}

QString HostProfile::target() const
{
    if (kind == Kind::Local)
        return Tr::tr("This computer");
    return QStringLiteral("%1@%2:%3").arg(user, address).arg(port);
}

bool HostProfile::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    return pattern.match(name).hasMatch();
}

QString HostProfile::authKey(Auth auth)
{
    switch (auth) {
    case Auth::PublicKey:
        return QStringLiteral("key");
    case Auth::Agent:
        return QStringLiteral("agent");
    case Auth::Password:
        return QStringLiteral("password");
    case Auth::KeyboardInteractive:
        return QStringLiteral("keyboard-interactive");
    }
    return {};
}

std::optional<HostProfile::Auth> HostProfile::authFromKey(const QString &key)
{
    for (Auth auth : {Auth::PublicKey, Auth::Agent, Auth::Password, Auth::KeyboardInteractive}) {
        if (authKey(auth) == key)
            return auth;
    }
    return std::nullopt;
}

QString HostProfile::authDisplayName(Auth auth)
{
    switch (auth) {
    case Auth::PublicKey:
        return Tr::tr("Key file");
    case Auth::Agent:
        return Tr::tr("SSH agent");
    case Auth::Password:
        return Tr::tr("Password");
    case Auth::KeyboardInteractive:
        return Tr::tr("Keyboard-interactive");
    }
    return {};
}

QDebug operator<<(QDebug debug, const HostProfile &profile)
{
    QDebugStateSaver saver(debug);
    return debug.nospace() << "HostProfile(" << profile.name << ", " << profile.target() << ", "
                           << HostProfile::authKey(profile.auth) << (profile.useSudo ? ", sudo" : "") << ')';
}

} // namespace Mailwarden
