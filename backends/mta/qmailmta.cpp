#include "qmailmta.h"

#include "mtacommands.h"
#include "qmailcatalogue.h"
#include "remote/host.h"

namespace Mailwarden {

QFuture<RemoteResult<QList<CatalogueEntry>>> QmailMta::catalogue(Host &host) const
{
    return resolveLinks(host,
        host.run(mtaShell(QmailCatalogue::probeScript()))
            .then([](const RemoteResult<CommandResult> &result) -> RemoteResult<QList<CatalogueEntry>> {
                if (!result)
                    return std::unexpected(result.error());
                return QmailCatalogue::fromListing(result->out);
            }));
}

} // namespace Mailwarden
