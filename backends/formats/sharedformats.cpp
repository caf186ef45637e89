#include "formats/aliasesfile.h"
#include "formats/documenthandler.h"

namespace Mailwarden {

QList<FormatHandler> sharedFormatHandlers()
{
    return {
        makeFormatHandler<AliasesFile>(QStringLiteral("aliases"), QStringLiteral("aliases(5), Postfix and Sendmail"))};
}

} // namespace Mailwarden
