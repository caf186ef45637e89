#include "mtakind.h"

namespace Mailwarden {

QString mtaKindName(MtaKind kind)
{
    switch (kind) {
    case MtaKind::Postfix:
        return QStringLiteral("postfix");
    case MtaKind::Sendmail:
        return QStringLiteral("sendmail");
    case MtaKind::Qmail:
        return QStringLiteral("qmail");
    case MtaKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString mtaKindTitle(MtaKind kind)
{
    switch (kind) {
    case MtaKind::Postfix:
        return QStringLiteral("Postfix");
    case MtaKind::Sendmail:
        return QStringLiteral("Sendmail");
    case MtaKind::Qmail:
    case MtaKind::Unknown:
        break;
    }
    return mtaKindName(kind);
}

std::optional<MtaKind> mtaKindFromName(QStringView name)
{
    for (MtaKind kind : {MtaKind::Postfix, MtaKind::Sendmail, MtaKind::Qmail, MtaKind::Unknown}) {
        if (name == mtaKindName(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace Mailwarden
