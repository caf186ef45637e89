#include "hardeninglab.h"

#include "labhost.h"

#include "mta/changeset.h"
#include "mta/changesetrunner.h"
#include "mta/mta.h"
#include "mta/mtaedits.h"

namespace Mailwarden::Testing {

QByteArray WeakenedPostfix::read(const QString &path)
{
    const auto content = m_host.readFile(path).result();
    if (!content)
        qWarning().noquote() << path << content.error().toString();
    return content.value_or(QByteArray("<unreadable>"));
}

std::optional<QString> WeakenedPostfix::apply(const ChangeSet &set)
{
    ChangeSetRunner runner(m_host, *MtaRegistry::forKind(MtaKind::Postfix), set);
    runner.start();
    if (runner.wait() == ChangeSetRunner::Outcome::Applied)
        return std::nullopt;
    return runner.report().toText();
}

std::optional<QString> WeakenedPostfix::weaken()
{
    labMainCf = read(mainCf());
    labAliases = read(aliases());
    if (!labAliases.contains("postmaster:"))
        return QStringLiteral("the lab's aliases have no postmaster");
    QByteArray cf = labMainCf;
    for (const auto &[name, value] : QList<std::pair<QByteArray, QByteArray>> {{"mynetworks", "127.0.0.2/32 0.0.0.0/0"},
             {"disable_vrfy_command", "no"}, {"smtpd_banner", "$myhostname ESMTP $mail_name ($mail_version)"},
             {"message_size_limit", "0"}, {"smtpd_tls_protocols", "!SSLv2, !SSLv3"}}) {
        const auto change = MtaEdits::setPostfixParameter(mainCf(), cf, name, value);
        if (!change)
            return change.error();
        cf = change->after;
    }
    CatalogueEntry aliasesEntry;
    aliasesEntry.path = aliases();
    aliasesEntry.formatType = QStringLiteral("aliases");
    aliasesEntry.mapType = QStringLiteral("hash");
    aliasesEntry.group = CatalogueEntry::Group::Aliases;
    const auto noPostmaster = MtaEdits::removeTableEntry(aliasesEntry, labAliases, "postmaster");
    if (!noPostmaster)
        return noPostmaster.error();
    // one transaction, so restore() can undo it as one
    ChangeSet weaken(MtaKind::Postfix, QStringLiteral("tests: weaken the lab Postfix"));
    weaken.addFile({mainCf(), QStringLiteral("postfix-main"), {}, labMainCf, cf});
    weaken.addFile(*noPostmaster);
    if (auto error = apply(weaken))
        return error;
    weakMainCf = read(mainCf());
    weakAliases = read(aliases());
    if (weakMainCf != cf)
        return QStringLiteral("main.cf is not what was written");
    return std::nullopt;
}

std::optional<QString> WeakenedPostfix::restore()
{
    if (labMainCf.isEmpty())
        return std::nullopt;
    ChangeSet restore(MtaKind::Postfix, QStringLiteral("tests: restore the lab Postfix"));
    restore.addFile({mainCf(), QStringLiteral("postfix-main"), {}, read(mainCf()), labMainCf});
    restore.addFile({aliases(), QStringLiteral("aliases"), QStringLiteral("hash"), read(aliases()), labAliases});
    if (auto error = apply(restore))
        return error;
    if (read(mainCf()) != labMainCf)
        return QStringLiteral("main.cf is not the lab's again");
    return std::nullopt;
}

int lastReplyCode(quint16 port, const QHostAddress &source, const QByteArrayList &commands)
{
    const QList<int> codes
        = smtpReplyCodes(port, QByteArrayList {"EHLO probe.example.org"} + commands, source.toString());
    return codes.size() == commands.size() + 2 ? codes.last() : -1;
}

} // namespace Mailwarden::Testing
