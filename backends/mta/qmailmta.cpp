#include "qmailmta.h"

#include "core/tr.h"
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

QList<Command> QmailMta::rebuildCommands(const FileChange &change, const QString &) const
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

namespace Mailwarden {

namespace {

struct QmailDefault {
    const char *name;
    const char *value; ///< qmail's documented default ("" when it is another file's value)
    MtaOption::Type type;
    const char *explanation;
};

// The one-value control files and what qmail uses when a file is missing.
constexpr QmailDefault kQmailDefaults[] = {
    {"me", "", MtaOption::Type::Text,
        QT_TRANSLATE_NOOP("Mailwarden", "The host's fully qualified name; most other control files default to it.")},
    {"defaultdomain", "", MtaOption::Type::Text,
        QT_TRANSLATE_NOOP("Mailwarden", "Added to host names without a dot in addresses.")},
    {"defaulthost", "", MtaOption::Type::Text,
        QT_TRANSLATE_NOOP("Mailwarden", "Added to addresses without a host part.")},
    {"plusdomain", "", MtaOption::Type::Text, QT_TRANSLATE_NOOP("Mailwarden", "Replaces a trailing + in a host name.")},
    {"idhost", "", MtaOption::Type::Text, QT_TRANSLATE_NOOP("Mailwarden", "The host name used in Message-ID headers.")},
    {"helohost", "", MtaOption::Type::Text, QT_TRANSLATE_NOOP("Mailwarden", "The name qmail-remote gives in HELO.")},
    {"bouncefrom", "MAILER-DAEMON", MtaOption::Type::Text,
        QT_TRANSLATE_NOOP("Mailwarden", "The sender name of bounce messages.")},
    {"bouncehost", "", MtaOption::Type::Text, QT_TRANSLATE_NOOP("Mailwarden", "The sender host of bounce messages.")},
    {"doublebounceto", "postmaster", MtaOption::Type::Text,
        QT_TRANSLATE_NOOP("Mailwarden", "Who receives bounces that cannot be delivered.")},
    {"smtpgreeting", "", MtaOption::Type::Text,
        QT_TRANSLATE_NOOP(
            "Mailwarden", "The text after 220 in qmail-smtpd's greeting; better without software names.")},
    {"databytes", "0", MtaOption::Type::Size,
        QT_TRANSLATE_NOOP("Mailwarden", "The largest message qmail-smtpd accepts, in bytes (0: no limit).")},
    {"concurrencylocal", "10", MtaOption::Type::Number,
        QT_TRANSLATE_NOOP("Mailwarden", "The most local deliveries at once.")},
    {"concurrencyremote", "20", MtaOption::Type::Number,
        QT_TRANSLATE_NOOP("Mailwarden", "The most remote deliveries at once.")},
    {"concurrencyincoming", "", MtaOption::Type::Number,
        QT_TRANSLATE_NOOP(
            "Mailwarden", "The most SMTP connections at once (read by the run script for tcpserver -c).")},
    {"queuelifetime", "604800", MtaOption::Type::Time,
        QT_TRANSLATE_NOOP("Mailwarden", "Seconds a message may stay in the queue before it bounces.")},
    {"timeoutconnect", "60", MtaOption::Type::Time,
        QT_TRANSLATE_NOOP("Mailwarden", "Seconds qmail-remote waits for a connection.")},
    {"timeoutremote", "1200", MtaOption::Type::Time,
        QT_TRANSLATE_NOOP("Mailwarden", "Seconds qmail-remote waits for each answer of a remote server.")},
    {"timeoutsmtpd", "1200", MtaOption::Type::Time,
        QT_TRANSLATE_NOOP("Mailwarden", "Seconds qmail-smtpd waits for each command of a client.")},
};

} // namespace

QFuture<RemoteResult<QList<MtaOption>>> QmailMta::options(Host &host) const
{
    // "NAME<TAB>first line" for each control file that exists: qmail reads only the first line.
    Command command = mtaShell("cd /var/qmail/control || exit 1; for f in \"$@\"; do "
                               "[ -f \"$f\" ] && printf '%s\\t%s\\n' \"$f\" \"$(head -n 1 \"$f\")\"; done");
    for (const QmailDefault &d : kQmailDefaults)
        command.argv.append(d.name);
    return host.run(command).then([](const RemoteResult<CommandResult> &result) -> RemoteResult<QList<MtaOption>> {
        if (!result)
            return std::unexpected(result.error());
        QHash<QByteArray, QByteArray> present;
        for (const QByteArray &line : result->out.split('\n')) {
            const qsizetype tab = line.indexOf('\t');
            if (tab > 0)
                present.insert(line.first(tab), line.sliced(tab + 1));
        }
        QList<MtaOption> out;
        for (const QmailDefault &d : kQmailDefaults) {
            MtaOption o;
            o.name = d.name;
            o.defaultValue = d.value;
            const auto it = present.constFind(o.name);
            o.source = it == present.cend() ? MtaOption::Source::Default : MtaOption::Source::MainConfig;
            o.value = it == present.cend() ? o.defaultValue : *it;
            o.where
                = it == present.cend() ? QString() : QStringLiteral("/var/qmail/control/") + QString::fromUtf8(o.name);
            o.type = d.type;
            o.documentation = QStringLiteral("qmail-control(5)");
            o.explanation = Tr::tr(d.explanation);
            out.append(o);
        }
        return out;
    });
}

} // namespace Mailwarden
