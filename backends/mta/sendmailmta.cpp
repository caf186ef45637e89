#include "sendmailmta.h"

#include "mtacommands.h"
#include "remote/host.h"
#include "sendmail/sendmailmc.h"
#include "sendmailcatalogue.h"

#include "core/tr.h"

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

RemoteResult<QList<FileChange>> SendmailMta::derivedChanges(Host &host, const QList<FileChange> &changes) const
{
    const QString cfPath = QStringLiteral("/etc/mail/sendmail.cf");
    const FileChange *mc = nullptr;
    const FileChange *cf = nullptr;
    for (const FileChange &f : changes) {
        if (f.path == cfPath)
            cf = &f; // changed explicitly (raw edit, undo, roll back): kept byte for byte
        else if (f.formatType == QLatin1String("sendmail-mc"))
            mc = &f;
    }
    if (!mc && !cf)
        return QList<FileChange>();
    QByteArray newCf;
    if (cf) {
        newCf = cf->after;
    } else {
        // m4 needs no privileges (the .mc and cf macros are world-readable) and may
        // run anything (syscmd): it runs as the admin, on the new .mc from stdin.
        Command m4 = mtaShell("exec m4");
        m4.input = mc->after;
        const auto generated = host.run(m4).result();
        if (!generated)
            return std::unexpected(generated.error());
        if (!generated->succeeded() || !generated->err.trimmed().isEmpty())
            return std::unexpected(RemoteError::make(RemoteError::Kind::Io,
                Tr::tr("m4 could not build sendmail.cf from the new %1.").arg(mc->path),
                QString::fromUtf8(generated->err.trimmed())));
        newCf = generated->out;
    }
    // The new .cf must load before it replaces the live one: sendmail -C in
    // address test mode, as the admin, on a private temp copy.
    Command test
        = mtaShell("f=$(mktemp) || exit 1; cat >\"$f\"; o=$(sendmail -C \"$f\" -bt </dev/null 2>&1); rc=$?; "
                   "rm -f \"$f\"; printf '%s\\n' \"$o\" | grep -v -e '^ADDRESS TEST' -e '^Enter <' -e '^> *$' >&2; "
                   "exit $rc");
    test.input = newCf;
    const auto tested = host.run(test).result();
    if (!tested)
        return std::unexpected(tested.error());
    if (!tested->succeeded())
        return std::unexpected(RemoteError::make(RemoteError::Kind::Io, Tr::tr("The new sendmail.cf does not load."),
            QString::fromUtf8(tested->err.trimmed())));
    if (cf)
        return QList<FileChange>();
    const auto current = host.readFile(cfPath, Host::Access::Root).result();
    if (!current)
        return std::unexpected(current.error());
    return QList<FileChange> {{cfPath, QStringLiteral("sendmail-cf"), {}, *current, newCf}};
}

QList<Command> SendmailMta::rebuildCommands(const FileChange &change, const QString &fileHelper) const
{
    if (change.formatType == QLatin1String("aliases"))
        return {sudo({"/usr/sbin/newaliases"})};
    static const QStringList indexed {
        QStringLiteral("hash"), QStringLiteral("btree"), QStringLiteral("dbm"), QStringLiteral("cdb")};
    if (!indexed.contains(change.mapType))
        return {};
    // makemap reads the table on stdin: the helper opens the file just written
    // (by descriptor, allowed paths only) and runs makemap on it, so the table
    // is not sent a second time and no shell redirection runs as root.
    return {sudo({fileHelper.toUtf8(), "makemap", change.mapType.toUtf8(), change.path.toUtf8()})};
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

namespace Mailwarden {

namespace {

struct SendmailDefine {
    const char *name;
    const char *explanation;
};

// The .mc defines an admin changes most, with a sentence of ours each.
constexpr SendmailDefine kDefines[] = {
    {"confPRIVACY_FLAGS",
        QT_TRANSLATE_NOOP("Mailwarden",
            "PrivacyOptions: which SMTP commands and information the server refuses (novrfy, noexpn, goaway, …).")},
    {"confSMTP_LOGIN_MSG",
        QT_TRANSLATE_NOOP("Mailwarden", "The greeting after 220; better without software name and version.")},
    {"confMAX_MESSAGE_SIZE", QT_TRANSLATE_NOOP("Mailwarden", "The largest message accepted, in bytes.")},
    {"confMAX_RCPTS_PER_MESSAGE", QT_TRANSLATE_NOOP("Mailwarden", "The most recipients one message may have.")},
    {"confCONNECTION_RATE_THROTTLE", QT_TRANSLATE_NOOP("Mailwarden", "The most connections accepted per second.")},
    {"confMAX_DAEMON_CHILDREN",
        QT_TRANSLATE_NOOP("Mailwarden", "The most child processes at once; further connections wait.")},
    {"confBAD_RCPT_THROTTLE",
        QT_TRANSLATE_NOOP("Mailwarden", "After this many unknown recipients each further RCPT is delayed a second.")},
    {"confTO_QUEUEWARN",
        QT_TRANSLATE_NOOP("Mailwarden", "When the sender is told that a message is still not delivered.")},
    {"confTO_QUEUERETURN",
        QT_TRANSLATE_NOOP("Mailwarden", "How long undeliverable mail stays in the queue before it is returned.")},
    {"confDOMAIN_NAME", QT_TRANSLATE_NOOP("Mailwarden", "The host's fully qualified name ($j).")},
    {"confMIN_FREE_BLOCKS",
        QT_TRANSLATE_NOOP("Mailwarden", "Mail is refused when the queue's file system has fewer free blocks.")},
    {"confLOG_LEVEL", QT_TRANSLATE_NOOP("Mailwarden", "How much sendmail logs (9 is the default).")},
    {"confAUTH_OPTIONS",
        QT_TRANSLATE_NOOP("Mailwarden",
            "AuthOptions: p offers AUTH only over TLS, so passwords never cross the network in clear text.")},
    {"confAUTH_MECHANISMS", QT_TRANSLATE_NOOP("Mailwarden", "The SASL mechanisms offered to clients.")},
    {"confCACERT", QT_TRANSLATE_NOOP("Mailwarden", "The certificate authority file for STARTTLS.")},
    {"confSERVER_CERT", QT_TRANSLATE_NOOP("Mailwarden", "The server's certificate for STARTTLS.")},
    {"confSERVER_KEY", QT_TRANSLATE_NOOP("Mailwarden", "The private key of the server's certificate.")},
    {"confMAX_HEADERS_LENGTH", QT_TRANSLATE_NOOP("Mailwarden", "The largest header section accepted, in bytes.")},
    {"confSERVICE_SWITCH_FILE",
        QT_TRANSLATE_NOOP("Mailwarden", "The file that says where hosts and aliases are looked up.")},
};

} // namespace

QFuture<RemoteResult<QList<MtaOption>>> SendmailMta::options(Host &host) const
{
    const QString path = QStringLiteral("/etc/mail/sendmail.mc");
    return host.readFile(path, Host::Access::Root)
        .then([path](const RemoteResult<QByteArray> &mc) -> RemoteResult<QList<MtaOption>> {
            if (!mc)
                return std::unexpected(mc.error());
            const auto parsed = SendmailMc::parse(*mc, path);
            if (!parsed)
                return std::unexpected(RemoteError::make(RemoteError::Kind::Io, parsed.error().toString()));
            QList<MtaOption> out;
            for (const SendmailMc::Call &call : parsed->calls()) {
                if (call.name != "define" || call.args.isEmpty())
                    continue;
                MtaOption o;
                o.name = call.args.value(0);
                o.value = defineValue(call.args.value(1));
                o.source = MtaOption::Source::MainConfig;
                o.where = path;
                o.type = o.value.contains(',') ? MtaOption::Type::List : MtaOption::Type::Text;
                o.documentation = QStringLiteral("/usr/share/doc/sendmail/cf.README");
                for (const SendmailDefine &d : kDefines) {
                    if (o.name == d.name)
                        o.explanation = Tr::tr(d.explanation);
                }
                out.removeIf([&](const MtaOption &earlier) { return earlier.name == o.name; }); // the last define wins
                out.append(o);
            }
            return out;
        });
}

} // namespace Mailwarden

namespace Mailwarden {

QByteArray SendmailMta::defineValue(QByteArrayView raw)
{
    QByteArray value = raw.trimmed().toByteArray();
    if (value.startsWith("dnl"))
        value = value.mid(value.indexOf('\n') + 1).trimmed();
    if (value.startsWith('`') && value.endsWith('\''))
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace Mailwarden
