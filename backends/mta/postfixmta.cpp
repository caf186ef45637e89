#include "postfixmta.h"

#include "mtacommands.h"
#include "postfixcatalogue.h"
#include "postfixoptions.h"
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

namespace Mailwarden {

namespace {

Command sudo(QByteArrayList argv)
{
    Command command;
    command.argv = std::move(argv);
    command.sudo = true;
    command.timeout = std::chrono::minutes(10); // postmap of a million-line table
    return command;
}

} // namespace

QList<Command> PostfixMta::rebuildCommands(const FileChange &change, const QString &) const
{
    static const QStringList indexed {QStringLiteral("hash"), QStringLiteral("btree"), QStringLiteral("lmdb"),
        QStringLiteral("cdb"), QStringLiteral("dbm"), QStringLiteral("sdbm")};
    if (!indexed.contains(change.mapType))
        return {};
    // The aliases format is postalias's (name: value); every other table is postmap's.
    const QByteArray tool = change.formatType == QLatin1String("aliases") ? "/usr/sbin/postalias" : "/usr/sbin/postmap";
    return {sudo({tool, change.mapType.toUtf8() + ':' + change.path.toUtf8()})};
}

QList<Command> PostfixMta::validateCommands() const
{
    return {sudo({"/usr/sbin/postfix", "check"})};
}

QList<Command> PostfixMta::reloadCommands() const
{
    return {sudo({"/usr/sbin/postfix", "reload"})};
}

QList<Command> PostfixMta::verifyCommands() const
{
    return {sudo({"/usr/sbin/postfix", "status"})};
}

} // namespace Mailwarden

namespace Mailwarden {

QFuture<RemoteResult<QList<MtaOption>>> PostfixMta::options(Host &host) const
{
    // One round trip: the defaults this version knows, main.cf's settings, and on
    // stderr postconf's warnings about them (deprecated parameters).
    const Command command = mtaShell(
        "postconf -d 2>/dev/null && echo '@@mailwarden postconf -n@@' && postconf -n && postconf -h config_directory");
    return host.run(command).then([](const RemoteResult<CommandResult> &result) -> RemoteResult<QList<MtaOption>> {
        if (!result)
            return std::unexpected(result.error());
        if (!result->succeeded())
            return std::unexpected(RemoteError::make(
                RemoteError::Kind::Io, QStringLiteral("postconf: %1").arg(QString::fromUtf8(result->err.trimmed()))));
        const QByteArrayView out(result->out);
        const QByteArrayView marker = "@@mailwarden postconf -n@@\n";
        const qsizetype split = out.indexOf(marker);
        if (split < 0)
            return std::unexpected(
                RemoteError::make(RemoteError::Kind::Io, QStringLiteral("postconf: unexpected output")));
        QByteArrayView rest = out.sliced(split + marker.size()).trimmed();
        const qsizetype lastLine = rest.lastIndexOf('\n');
        const QString directory = QString::fromUtf8(rest.sliced(lastLine + 1));
        return PostfixOptions::fromPostconf(out.first(split), lastLine < 0 ? QByteArrayView() : rest.first(lastLine),
            result->err, directory + QStringLiteral("/main.cf"));
    });
}

} // namespace Mailwarden
