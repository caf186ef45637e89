#include "remoteerror.h"

#include <QMetaEnum>

namespace Mailwarden {

RemoteError RemoteError::make(Kind kind, const QString &message, const QString &detail)
{
    RemoteError error;
    error.kind = kind;
    error.message = message;
    error.detail = detail;
    return error;
}

QString RemoteError::toString() const
{
    const QString trimmed = detail.trimmed();
    if (trimmed.isEmpty() || trimmed == message)
        return message;
    return QStringLiteral("%1 (%2)").arg(message, trimmed);
}

QString RemoteError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case Kind::Connect:
        return QStringLiteral("connect");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::HostKeyUnknown:
        return QStringLiteral("host-key-unknown");
    case Kind::HostKeyChanged:
        return QStringLiteral("host-key-changed");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Disconnected:
        return QStringLiteral("disconnected");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::SudoRefused:
        return QStringLiteral("sudo-refused");
    case Kind::FileChanged:
        return QStringLiteral("file-changed");
    case Kind::Io:
        return QStringLiteral("io");
    case Kind::Secrets:
        return QStringLiteral("secrets");
    }
    return QStringLiteral("unknown");
}

QDebug operator<<(QDebug debug, const RemoteError &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "RemoteError(" << RemoteError::kindName(error.kind) << ", " << error.message;
    if (!error.detail.isEmpty())
        debug << ", detail=" << error.detail;
    if (!error.fingerprint.isEmpty())
        debug << ", " << error.keyType << ' ' << error.fingerprint;
    return debug << ')';
}

} // namespace Mailwarden
