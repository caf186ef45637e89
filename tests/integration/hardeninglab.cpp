#include "hardeninglab.h"

#include "labhost.h"

#include "mta/catalogue.h"
#include "mta/changeset.h"
#include "mta/changesetrunner.h"
#include "mta/mtaedits.h"

#include <expected>
#include <functional>

namespace Mailwarden::Testing {

namespace {

CatalogueEntry tableEntry(const QString &path, const char *format, const char *map)
{
    CatalogueEntry e;
    e.path = path;
    e.formatType = QString::fromLatin1(format);
    e.mapType = QString::fromLatin1(map);
    return e;
}

using Edit = std::function<std::expected<std::optional<QByteArray>, QString>(const QByteArray &)>;

std::expected<std::optional<QByteArray>, QString> after(const std::expected<FileChange, QString> &change)
{
    if (!change)
        return std::unexpected(change.error());
    return std::optional(change->after);
}

Edit removeAlias(const CatalogueEntry &entry, const QByteArray &name)
{
    return [entry, name](const QByteArray &content) {
        if (!content.contains(QByteArray(name + ':')))
            return std::expected<std::optional<QByteArray>, QString>(
                std::unexpected(QStringLiteral("the lab's aliases have no %1").arg(QString::fromLatin1(name))));
        return after(MtaEdits::removeTableEntry(entry, content, name));
    };
}

Edit removeFile()
{
    return [](const QByteArray &) { return std::expected<std::optional<QByteArray>, QString>(std::nullopt); };
}

} // namespace

struct WeakenedHost::Weakening {
    CatalogueEntry file;
    Edit edit;
};

QList<WeakenedHost::Weakening> WeakenedHost::weakenings() const
{
    const CatalogueEntry aliasesFile = tableEntry(aliases(), "aliases", "hash");
    switch (m_mta) {
    case MtaKind::Postfix:
        return {{tableEntry(postfixMainCf(), "postfix-main", ""),
                    [](const QByteArray &content) -> std::expected<std::optional<QByteArray>, QString> {
                        QByteArray cf = content;
                        for (const auto &[name, value] : QList<std::pair<QByteArray, QByteArray>> {
                                 {"mynetworks", "127.0.0.2/32 0.0.0.0/0"}, {"disable_vrfy_command", "no"},
                                 {"smtpd_banner", "$myhostname ESMTP $mail_name ($mail_version)"},
                                 {"message_size_limit", "0"}, {"smtpd_tls_protocols", "!SSLv2, !SSLv3"}}) {
                            const auto change = MtaEdits::setPostfixParameter(postfixMainCf(), cf, name, value);
                            if (!change)
                                return std::unexpected(change.error());
                            cf = change->after;
                        }
                        return cf;
                    }},
            {aliasesFile, removeAlias(aliasesFile, "postmaster")}};
    case MtaKind::Sendmail: {
        const QString mc = QStringLiteral("/etc/mail/sendmail.mc");
        const CatalogueEntry access = tableEntry(QStringLiteral("/etc/mail/access"), "sendmail-access", "hash");
        return {{tableEntry(mc, "sendmail-mc", ""),
                    [mc](const QByteArray &content) -> std::expected<std::optional<QByteArray>, QString> {
                        const auto flags
                            = MtaEdits::setSendmailDefine(mc, content, "confPRIVACY_FLAGS", "authwarnings");
                        if (!flags)
                            return std::unexpected(flags.error());
                        // relays user%outside@this-host for anyone (promiscuous_relay, the wider hole,
                        // is refused by our own check: m4 warns about it)
                        return after(MtaEdits::addSendmailCall(mc, flags->after, "FEATURE", {"loose_relay_check"}));
                    }},
            // a public /8 that may relay (Connect:127 would be the host's own loopback)
            {access,
                [access](const QByteArray &content) {
                    return after(MtaEdits::setTableEntry(access, content, "Connect:44", "RELAY"));
                }},
            // abuse, not postmaster: our apply checks `sendmail -bv postmaster` and refuses without it
            {aliasesFile, removeAlias(aliasesFile, "abuse")}};
    }
    case MtaKind::Qmail: {
        const CatalogueEntry tcp = tableEntry(QStringLiteral("/etc/tcp.smtp"), "qmail-tcprules", "cdb");
        const QString greeting = QStringLiteral("/var/qmail/control/smtpgreeting");
        return {{tcp,
                    [](const QByteArray &content) -> std::expected<std::optional<QByteArray>, QString> {
                        const QByteArray lab = "\n:allow,RBLSMTPD=\"\"\n";
                        if (!content.endsWith(lab))
                            return std::unexpected(QStringLiteral("tcp.smtp does not end in the lab's default rule"));
                        return QByteArray(content).replace(lab, "\n:allow,RELAYCLIENT=\"\",RBLSMTPD=\"\"\n");
                    }},
            {tableEntry(greeting, "qmail-control", ""),
                [greeting](const QByteArray &content) {
                    // the lab's host name, then the software and its version
                    return after(MtaEdits::setQmailControl(tableEntry(greeting, "qmail-control", ""), content,
                        content.trimmed().split(' ').first() + " notqmail 1.09"));
                }},
            {tableEntry(QStringLiteral("/var/qmail/control/databytes"), "qmail-control", ""), removeFile()},
            {tableEntry(QStringLiteral("/var/qmail/alias/.qmail-postmaster"), "qmail-dotqmail", ""), removeFile()}};
    }
    case MtaKind::Unknown:
        break;
    }
    return {};
}

QStringList WeakenedHost::weakRules() const
{
    switch (m_mta) {
    case MtaKind::Postfix:
        return {QStringLiteral("relay.open"), QStringLiteral("relay.mynetworks"), QStringLiteral("smtp.vrfy"),
            QStringLiteral("smtp.banner"), QStringLiteral("dos.size"), QStringLiteral("tls.protocols"),
            QStringLiteral("mta.aliases")};
    case MtaKind::Sendmail:
        return {QStringLiteral("relay.open"), QStringLiteral("relay.mynetworks"), QStringLiteral("smtp.vrfy"),
            QStringLiteral("smtp.expn"), QStringLiteral("smtp.privacy"), QStringLiteral("smtp.banner"),
            QStringLiteral("dos.size"), QStringLiteral("mta.aliases")};
    case MtaKind::Qmail:
        return {QStringLiteral("relay.open"), QStringLiteral("relay.mynetworks"), QStringLiteral("smtp.banner"),
            QStringLiteral("dos.size"), QStringLiteral("mta.aliases")};
    case MtaKind::Unknown:
        break;
    }
    return {};
}

std::optional<QByteArray> WeakenedHost::read(const QString &path)
{
    const auto info = m_host.stat(path).result();
    if (info && !info->exists)
        return std::nullopt;
    const auto content = m_host.readFile(path, Host::Access::Root).result(); // access is 0640
    if (!content)
        qWarning().noquote() << path << content.error().toString();
    return content.value_or(QByteArray("<unreadable>"));
}

std::optional<QString> WeakenedHost::apply(const ChangeSet &set)
{
    ChangeSetRunner runner(m_host, *MtaRegistry::forKind(m_mta), set);
    runner.start();
    if (runner.wait() == ChangeSetRunner::Outcome::Applied)
        return std::nullopt;
    return runner.report().toText();
}

namespace {

// The change from \a now to \a then, absent files included.
FileChange fileChange(
    const CatalogueEntry &file, const std::optional<QByteArray> &now, const std::optional<QByteArray> &then)
{
    FileChange c {file.path, file.formatType, file.mapType, now.value_or(QByteArray()), then.value_or(QByteArray())};
    c.absentBefore = !now;
    c.absentAfter = !then;
    return c;
}

} // namespace

std::optional<QString> WeakenedHost::weaken()
{
    // one transaction, so restore() can undo it as one
    ChangeSet weaken(m_mta, QStringLiteral("tests: weaken the lab %1").arg(mtaKindName(m_mta)));
    for (const Weakening &w : weakenings()) {
        const auto labContent = read(w.file.path);
        if (!labContent)
            return QStringLiteral("%1 is not in the lab").arg(w.file.path);
        const auto weakened = w.edit(*labContent);
        if (!weakened)
            return QStringLiteral("%1: %2").arg(w.file.path, weakened.error());
        m_lab.insert(w.file.path, labContent);
        m_weak.insert(w.file.path, *weakened);
        m_formats.insert(w.file.path, {w.file.formatType, w.file.mapType});
        weaken.addFile(fileChange(w.file, labContent, *weakened));
    }
    if (auto error = apply(weaken))
        return error;
    for (const QString &path : paths()) {
        if (read(path) != weak(path))
            return QStringLiteral("%1 is not what was written").arg(path);
    }
    return std::nullopt;
}

std::optional<QString> WeakenedHost::restore()
{
    if (m_lab.isEmpty())
        return std::nullopt;
    ChangeSet restore(m_mta, QStringLiteral("tests: restore the lab %1").arg(mtaKindName(m_mta)));
    for (const QString &path : paths()) {
        const auto now = read(path);
        if (now == lab(path))
            continue;
        CatalogueEntry file = tableEntry(path, "", "");
        std::tie(file.formatType, file.mapType) = m_formats.value(path);
        restore.addFile(fileChange(file, now, lab(path)));
    }
    if (restore.files().isEmpty())
        return std::nullopt;
    if (auto error = apply(restore))
        return error;
    for (const QString &path : paths()) {
        if (read(path) != lab(path))
            return QStringLiteral("%1 is not the lab's again").arg(path);
    }
    return std::nullopt;
}

int lastReplyCode(quint16 port, const QHostAddress &source, const QByteArrayList &commands)
{
    const QList<int> codes
        = smtpReplyCodes(port, QByteArrayList {"EHLO probe.example.org"} + commands, source.toString());
    return codes.size() == commands.size() + 2 ? codes.last() : -1;
}

} // namespace Mailwarden::Testing
