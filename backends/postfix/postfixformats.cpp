#include "formats/documenthandler.h"
#include "postfix/postfixmaincf.h"
#include "postfix/postfixmastercf.h"
#include "postfix/postfixregexptable.h"
#include "postfix/postfixtable.h"

namespace Mailwarden {

QList<FormatHandler> postfixFormatHandlers()
{
    return {
        makeFormatHandler<PostfixMainCf>(QStringLiteral("postfix-main"), QStringLiteral("Postfix main.cf")),
        makeFormatHandler<PostfixMasterCf>(QStringLiteral("postfix-master"), QStringLiteral("Postfix master.cf")),
        makeFormatHandler<PostfixRegexpTable>(
            QStringLiteral("postfix-regexp"), QStringLiteral("Postfix regexp:/pcre: table (header_checks, ...)")),
        makeFormatHandler<PostfixTable>(QStringLiteral("postfix-table"),
            QStringLiteral("Postfix lookup table source (access, virtual, transport, cidr, ...)")),
    };
}

} // namespace Mailwarden
