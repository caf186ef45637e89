#include "formats/documenthandler.h"
#include "qmailassign.h"
#include "qmailcontrol.h"
#include "qmaildotqmail.h"
#include "qmailsmtproutes.h"
#include "qmailtcprules.h"
#include "qmailvirtualdomains.h"

namespace Mailwarden {

QList<FormatHandler> qmailFormatHandlers()
{
    return {
        makeFormatHandler<QmailControl>(QStringLiteral("qmail-control"),
            QStringLiteral("qmail control file with one value per line (me, rcpthosts, locals, databytes, ...)")),
        makeFormatHandler<QmailVirtualDomains>(
            QStringLiteral("qmail-virtualdomains"), QStringLiteral("qmail control/virtualdomains")),
        makeFormatHandler<QmailSmtpRoutes>(
            QStringLiteral("qmail-smtproutes"), QStringLiteral("qmail control/smtproutes")),
        makeFormatHandler<QmailTcpRules>(
            QStringLiteral("qmail-tcprules"), QStringLiteral("tcprules source (tcp.smtp, qmqp.tcp)")),
        makeFormatHandler<QmailAssign>(QStringLiteral("qmail-assign"), QStringLiteral("qmail users/assign")),
        makeFormatHandler<QmailDotQmail>(
            QStringLiteral("qmail-dotqmail"), QStringLiteral("qmail .qmail delivery instructions")),
    };
}

} // namespace Mailwarden
