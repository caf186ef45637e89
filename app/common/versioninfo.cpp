#include "versioninfo.h"

#include "core/componentversions.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <ksyntaxhighlighting_version.h>

namespace Mailwarden {

QString applicationVersion()
{
    return QStringLiteral(MW_VERSION);
}

QStringList versionLines()
{
    QList<Component> components = backendComponents();
    // Loading the repository proves the library initialises, and tells whether
    // the definitions we rely on ("GNU M4" for sendmail.mc) are there.
    const KSyntaxHighlighting::Repository repository;
    components.append({QStringLiteral("KSyntaxHighlighting"), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
                       QStringLiteral("%1 definitions").arg(repository.definitions().size())});
    QStringList lines{QStringLiteral("Mailwarden %1").arg(applicationVersion())};
    lines += componentLines(components);
    return lines;
}

} // namespace Mailwarden
