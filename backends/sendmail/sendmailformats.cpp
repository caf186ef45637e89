#include "formats/documenthandler.h"
#include "sendmailaccess.h"
#include "sendmailcf.h"
#include "sendmaillist.h"
#include "sendmailmap.h"
#include "sendmailmc.h"

namespace Mailwarden {

QList<FormatHandler> sendmailFormatHandlers()
{
    return {
        makeFormatHandler<SendmailAccess>(
            QStringLiteral("sendmail-access"), QStringLiteral("sendmail access database source (/etc/mail/access)")),
        makeFormatHandler<SendmailMap>(QStringLiteral("sendmail-map"),
            QStringLiteral(
                "sendmail makemap source (virtusertable, mailertable, genericstable, domaintable, authinfo)")),
        makeFormatHandler<SendmailList>(QStringLiteral("sendmail-list"),
            QStringLiteral("sendmail class file (local-host-names, relay-domains, trusted-users)")),
        makeFormatHandler<SendmailMc>(QStringLiteral("sendmail-mc"), QStringLiteral("sendmail.mc m4 configuration")),
        makeFormatHandler<SendmailCf>(
            QStringLiteral("sendmail-cf"), QStringLiteral("sendmail.cf generated configuration")),
    };
}

} // namespace Mailwarden
