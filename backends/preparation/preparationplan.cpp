#include "preparationplan.h"

#include "core/tr.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace Mailwarden {

namespace {

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/mailwarden/host/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("resource %s is missing from the build", qPrintable(name));
    return file.readAll();
}

} // namespace

QByteArray PlannedFile::sha256() const
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

QString PlannedFile::purpose() const
{
    switch (role) {
    case Role::Helper:
        return Tr::tr("the root-file helper");
    case Role::FilePaths:
        return Tr::tr("the files the helper may touch");
    case Role::Sudoers:
        return Tr::tr("the sudo rules");
    }
    return {};
}

QByteArray PreparationPlan::shippedHelper()
{
    return resource(QStringLiteral("mw-file"));
}

bool PreparationPlan::sudoHasRegex(const QString &version)
{
    static const QRegularExpression number(QStringLiteral("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch m = number.match(version);
    if (!m.hasMatch())
        return true; // unknown: assume a current sudo; visudo refuses the file otherwise
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt();
    const int patch = m.captured(3).toInt();
    return std::tuple(major, minor, patch) >= std::tuple(1, 9, 10);
}

std::expected<PreparationPlan, QString> PreparationPlan::make(
    MtaKind mta, const QString &user, const QString &helperPath, const QString &sudoVersion)
{
    if (mta == MtaKind::Unknown)
        return std::unexpected(Tr::tr("The host's MTA is not known: set it in the host's profile or let "
                                      "Mailwarden detect it first."));
    // Both go into sudoers text and a file name in /etc/sudoers.d (which sudo
    // skips when it has a dot): only names that need no quoting anywhere.
    static const QRegularExpression userName(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}$"));
    if (!userName.match(user).hasMatch())
        return std::unexpected(Tr::tr("The account name “%1” cannot be used in sudo rules safely (allowed: "
                                      "lower-case letters, digits, '_' and '-', starting with a letter or '_').")
                .arg(user));
    if (user == QLatin1String("root"))
        return std::unexpected(Tr::tr("This host's profile logs in as root. Mailwarden works as an ordinary "
                                      "admin account with sudo: change the profile's user first."));
    static const QRegularExpression path(QStringLiteral("^(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+$"));
    if (!path.match(helperPath).hasMatch() || helperPath.contains(QLatin1String("/..")))
        return std::unexpected(Tr::tr("The file helper's path “%1” must be absolute and plain (letters, digits, "
                                      "'_', '.', '-').")
                .arg(helperPath));

    PreparationPlan plan;
    plan.mta = mta;
    plan.user = user;
    const QString name = mtaKindName(mta);
    plan.helper = {PlannedFile::Role::Helper, helperPath, shippedHelper(), 0755};
    plan.filePaths = {PlannedFile::Role::FilePaths, QString::fromLatin1(kFilePathsPath),
        resource(QStringLiteral("file-paths/") + name), 0644};

    const bool regex = sudoHasRegex(sudoVersion);
    QByteArray sudoers;
    QByteArray pendingComment;
    const QByteArray filled = resource(QStringLiteral("sudoers/") + name)
                                  .replace("@USER@", user.toUtf8())
                                  .replace("@HELPER@", helperPath.toUtf8());
    for (const QByteArray &line : filled.split('\n')) {
        if (line.startsWith('#') || line.isEmpty()) {
            pendingComment += line + '\n';
            continue;
        }
        if (!regex && line.contains(" ^")) {
            plan.leftOut.append(Tr::tr("%1 (sudo %2 has no regular expressions, they came with 1.9.10; "
                                       "without this line that rebuild fails as “sudo refused”)")
                    .arg(QString::fromUtf8(line), sudoVersion));
            pendingComment.clear();
            continue;
        }
        sudoers += pendingComment + line + '\n';
        pendingComment.clear();
    }
    sudoers += pendingComment;
    while (sudoers.endsWith("\n\n"))
        sudoers.chop(1);
    auto rules = SudoRule::parse(sudoers);
    if (!rules)
        return std::unexpected(Tr::tr("The shipped sudo rules for %1 do not parse: %2").arg(name, rules.error()));
    plan.rules = *rules;
    plan.sudoers = {PlannedFile::Role::Sudoers, QStringLiteral("/etc/sudoers.d/mailwarden-") + user, sudoers, 0440};
    switch (mta) {
    case MtaKind::Postfix:
        plan.probePath = QStringLiteral("/etc/postfix/main.cf");
        break;
    case MtaKind::Sendmail:
        plan.probePath = QStringLiteral("/etc/mail/sendmail.cf");
        break;
    case MtaKind::Qmail:
        plan.probePath = QStringLiteral("/var/qmail/control/me");
        break;
    case MtaKind::Unknown:
        break;
    }
    return plan;
}

QString PreparationPlan::mtaTitle() const
{
    switch (mta) {
    case MtaKind::Postfix:
        return QStringLiteral("Postfix");
    case MtaKind::Sendmail:
        return QStringLiteral("Sendmail");
    case MtaKind::Qmail:
        return QStringLiteral("qmail");
    case MtaKind::Unknown:
        break;
    }
    return mtaKindName(mta);
}

bool PreparationPlan::allows(const QByteArrayList &argv) const
{
    return std::any_of(rules.cbegin(), rules.cend(), [&](const SudoRule &rule) { return rule.allows(argv); });
}

QJsonObject PreparationPlan::toJson() const
{
    QJsonArray files;
    for (const PlannedFile &f : this->files()) {
        QJsonObject o {{QStringLiteral("path"), f.path}, {QStringLiteral("sha256"), QString::fromLatin1(f.sha256())},
            {QStringLiteral("owner"), QStringLiteral("root:root")},
            {QStringLiteral("mode"), QString::number(f.mode, 8).rightJustified(4, QLatin1Char('0'))},
            {QStringLiteral("size"), f.content.size()}};
        if (f.role != PlannedFile::Role::Helper)
            o.insert(QStringLiteral("content"), QString::fromUtf8(f.content));
        files.append(o);
    }
    QJsonArray lines;
    for (const SudoRule &rule : rules)
        lines.append(QString::fromUtf8(rule.line()));
    return {{QStringLiteral("mta"), mtaKindName(mta)}, {QStringLiteral("user"), user}, {QStringLiteral("files"), files},
        {QStringLiteral("sudoRules"), lines}, {QStringLiteral("leftOut"), QJsonArray::fromStringList(leftOut)}};
}

} // namespace Mailwarden
