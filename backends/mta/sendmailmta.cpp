#include "sendmailmta.h"

#include "mtacommands.h"
#include "remote/host.h"
#include "sendmailcatalogue.h"

namespace Mailwarden {

QFuture<RemoteResult<QList<CatalogueEntry>>> SendmailMta::catalogue(Host &host) const
{
    // The .cf is what runs; the .mc may not have been rebuilt since its last edit.
    return resolveLinks(host,
        host.readFile(QStringLiteral("/etc/mail/sendmail.cf"))
            .then([](const RemoteResult<QByteArray> &cf) -> RemoteResult<QList<CatalogueEntry>> {
                if (!cf)
                    return std::unexpected(cf.error());
                QList<CatalogueEntry> entries = SendmailCatalogue::fromCf(*cf);
                for (const char *path : {"/etc/mail/sendmail.mc", "/etc/mail/sendmail.cf"}) {
                    CatalogueEntry config;
                    config.path = QString::fromLatin1(path);
                    config.formatType = config.path.endsWith(QLatin1String(".mc")) ? QStringLiteral("sendmail-mc")
                                                                                   : QStringLiteral("sendmail-cf");
                    config.usedBy = {QStringLiteral("sendmail")};
                    config.group = CatalogueEntry::Group::MainConfig;
                    entries.prepend(config);
                }
                return entries;
            }));
}

} // namespace Mailwarden
