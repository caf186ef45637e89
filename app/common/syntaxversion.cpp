#include "versioninfo.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <ksyntaxhighlighting_version.h>

namespace Mailwarden {

Component syntaxHighlightingComponent()
{
    // Loading the repository proves the library initialises, and tells whether
    // the definitions we rely on ("GNU M4" for sendmail.mc) are there.
    const KSyntaxHighlighting::Repository repository;
    return {QStringLiteral("KSyntaxHighlighting"), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
        QStringLiteral("%1 definitions").arg(repository.definitions().size())};
}

} // namespace Mailwarden
