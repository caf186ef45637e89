#include "versioninfo.h"

namespace Mailwarden {

QString applicationVersion()
{
    return QStringLiteral(MW_VERSION);
}

QStringList versionLines(const QList<Component> &more)
{
    QStringList lines {QStringLiteral("Mailwarden %1").arg(applicationVersion())};
    lines += componentLines(backendComponents() + more);
    return lines;
}

} // namespace Mailwarden
