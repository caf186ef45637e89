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

namespace Mailwarden {

namespace {

Command sudo(QByteArrayList argv, const QByteArray &input = {})
{
    Command command;
    command.argv = std::move(argv);
    command.sudo = true;
    command.input = input;
    command.timeout = std::chrono::minutes(10);
    return command;
}

} // namespace

QList<Command> QmailMta::rebuildCommands(const FileChange &change) const
{
    if (change.formatType == QLatin1String("qmail-tcprules")) {
        // tcprules reads the rules on stdin and renames its temp file over the cdb.
        const QByteArray cdb = change.path.toUtf8() + ".cdb";
        return {sudo({"/usr/bin/tcprules", cdb, change.path.toUtf8() + ".tmp"}, change.after)};
    }
    if (change.formatType == QLatin1String("qmail-assign"))
        return {sudo({"/var/qmail/bin/qmail-newu"})};
    return {};
}

QList<Command> QmailMta::validateCommands() const
{
    return {};
}

QList<Command> QmailMta::reloadCommands() const
{
    // qmail-send rereads locals and virtualdomains on HUP; qmail-smtpd reads its
    // control files per connection and tcpserver the cdb per connection.
    return {sudo({"/usr/bin/svc", "-h", "/service/qmail-send"})};
}

QList<Command> QmailMta::verifyCommands() const
{
    return {sudo({"/usr/bin/svok", "/service/qmail-send"})};
}

} // namespace Mailwarden
