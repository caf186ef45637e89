#include "postfixmta.h"

#include "mtacommands.h"
#include "postfixcatalogue.h"
#include "remote/host.h"

namespace Mailwarden {

namespace {
constexpr QByteArrayView kSplit = "\n@@mailwarden postconf -P@@\n";
}

QFuture<RemoteResult<QList<CatalogueEntry>>> PostfixMta::catalogue(Host &host) const
{
    // One round trip: every parameter unexpanded, then master.cf's overrides.
    const Command command = mtaShell("postconf && echo '@@mailwarden postconf -P@@' && postconf -P");
    return resolveLinks(host,
        host.run(command).then([](const RemoteResult<CommandResult> &result) -> RemoteResult<QList<CatalogueEntry>> {
            if (!result)
                return std::unexpected(result.error());
            if (!result->succeeded())
                return std::unexpected(RemoteError::make(RemoteError::Kind::Io,
                    QStringLiteral("postconf: %1").arg(QString::fromUtf8(result->err.trimmed()))));
            const qsizetype split = result->out.indexOf(kSplit);
            const QByteArrayView out(result->out);
            return PostfixCatalogue::fromPostconf(
                split < 0 ? out : out.first(split), split < 0 ? QByteArrayView() : out.sliced(split + kSplit.size()));
        }));
}

} // namespace Mailwarden
