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

QList<Command> SendmailMta::rebuildCommands(const FileChange &change) const
{
    if (change.formatType == QLatin1String("aliases"))
        return {sudo({"/usr/sbin/newaliases"})};
    static const QStringList indexed {
        QStringLiteral("hash"), QStringLiteral("btree"), QStringLiteral("dbm"), QStringLiteral("cdb")};
    if (!indexed.contains(change.mapType))
        return {};
    // makemap reads the table on stdin: the new content itself, no shell redirection as root.
    return {sudo({"/usr/sbin/makemap", change.mapType.toUtf8(), change.path.toUtf8()}, change.after)};
}

QList<Command> SendmailMta::validateCommands() const
{
    // Loads the whole configuration and resolves one address through it.
    return {sudo({"/usr/sbin/sendmail", "-bv", "postmaster"})};
}

QList<Command> SendmailMta::reloadCommands() const
{
    return {sudo({"/etc/init.d/sendmail", "reload"})};
}

QList<Command> SendmailMta::verifyCommands() const
{
    return {sudo({"/etc/init.d/sendmail", "status"})};
}

} // namespace Mailwarden
