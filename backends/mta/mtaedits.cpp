#include "mtaedits.h"

#include "core/tr.h"
#include "formats/aliasesfile.h"
#include "postfix/postfixmaincf.h"
#include "postfix/postfixtable.h"
#include "sendmail/sendmailaccess.h"
#include "sendmail/sendmailmap.h"
#include "sendmail/sendmailmc.h"

#include <QRegularExpression>
#include <QSet>

namespace Mailwarden {

namespace {

constexpr qsizetype kMaxField = 64 * 1024;

FileChange changeOf(const CatalogueEntry &table, const QByteArray &before, const QByteArray &after)
{
    return FileChange {table.path, table.formatType, table.mapType, before, after};
}

template<typename Table>
std::expected<FileChange, QString> editTable(const CatalogueEntry &table, const QByteArray &content,
    std::expected<Table, ParseError> parsed, const QByteArray &key, const std::optional<QByteArray> &value)
{
    if (!parsed)
        return std::unexpected(parsed.error().toString());
    Table &t = *parsed;
    bool ok = false;
    if (!value)
        ok = t.removeEntry(key);
    else if (!t.find(key))
        ok = t.addEntry(key, *value);
    else if constexpr (requires { t.setAction(key, *value); })
        ok = t.setAction(key, *value); // the access table calls its values actions
    else
        ok = t.setValue(key, *value);
    if (!ok)
        return std::unexpected(value
                ? Tr::tr("%1: the entry \"%2\" cannot be written there").arg(table.path, QString::fromUtf8(key))
                : Tr::tr("%1 has no entry \"%2\"").arg(table.path, QString::fromUtf8(key)));
    return changeOf(table, content, t.toBytes());
}

// aliases(5): the value is the recipient list ("bob, carol@example.org").
std::expected<FileChange, QString> editAliases(const CatalogueEntry &table, const QByteArray &content,
    const QByteArray &name, const std::optional<QByteArray> &value)
{
    auto parsed = AliasesFile::parse(content, table.path);
    if (!parsed)
        return std::unexpected(parsed.error().toString());
    bool ok = false;
    if (!value) {
        ok = parsed->removeAlias(name);
    } else {
        const auto recipients = AliasesFile::splitRecipients(*value);
        if (!recipients)
            return std::unexpected(Tr::tr("value: a quote at %1 is not closed").arg(recipients.error() + 1));
        QList<QByteArray> list;
        for (const QByteArray &r : *recipients) {
            if (!r.trimmed().isEmpty())
                list.append(r.trimmed());
        }
        if (list.isEmpty())
            return std::unexpected(Tr::tr("value: an alias needs at least one recipient"));
        ok = parsed->find(name) ? parsed->setRecipients(name, list) : parsed->addAlias(name, list);
    }
    if (!ok)
        return std::unexpected(value
                ? Tr::tr("%1: the entry \"%2\" cannot be written there").arg(table.path, QString::fromUtf8(name))
                : Tr::tr("%1 has no entry \"%2\"").arg(table.path, QString::fromUtf8(name)));
    return changeOf(table, content, parsed->toBytes());
}

std::expected<FileChange, QString> edit(const CatalogueEntry &table, const QByteArray &content, const QByteArray &key,
    const std::optional<QByteArray> &value)
{
    if (const QString why = MtaEdits::refusal(key, false); !why.isEmpty())
        return std::unexpected(Tr::tr("key: %1").arg(why));
    if (value) {
        if (const QString why = MtaEdits::refusal(*value, true); !why.isEmpty())
            return std::unexpected(Tr::tr("value: %1").arg(why));
    }
    if (table.readOnly)
        return std::unexpected(Tr::tr("%1 is a database lookup: Mailwarden does not edit it").arg(table.path));
    const QString &f = table.formatType;
    // postmap and makemap skip a line that starts with '#' (aliases quote such a name)
    if (key.startsWith('#') && f != QLatin1String("aliases"))
        return std::unexpected(Tr::tr("key: starts with '#', which would make the line a comment"));
    if (f == QLatin1String("postfix-table"))
        return editTable(table, content, PostfixTable::parse(content, table.path), key, value);
    if (f == QLatin1String("sendmail-access"))
        return editTable(table, content, SendmailAccess::parse(content, table.path), key, value);
    if (f == QLatin1String("sendmail-map"))
        return editTable(table, content, SendmailMap::parse(content, table.path), key, value);
    if (f == QLatin1String("aliases"))
        return editAliases(table, content, key, value);
    return std::unexpected(
        Tr::tr("%1 is not a key/value table (%2)").arg(table.path, f.isEmpty() ? QStringLiteral("-") : f));
}

} // namespace

QString MtaEdits::refusal(const QByteArray &text, bool allowBlanks)
{
    if (text.size() > kMaxField)
        return Tr::tr("longer than %1 bytes").arg(kMaxField);
    if (!allowBlanks && text.isEmpty())
        return Tr::tr("empty");
    for (const char c : text) {
        const auto u = uchar(c);
        if (u < 0x20 || u == 0x7f) {
            if (c == '\t' && allowBlanks)
                continue;
            return Tr::tr("contains a control character (line break, NUL, …), which would change the file's structure");
        }
        if (!allowBlanks && (c == ' '))
            return Tr::tr("contains a blank");
    }
    return {};
}

std::expected<FileChange, QString> MtaEdits::setPostfixParameter(
    const QString &path, const QByteArray &mainCf, const QByteArray &name, const QByteArray &value)
{
    for (const char c : name) {
        if (!QChar::isLetterOrNumber(uchar(c)) && c != '_')
            return std::unexpected(Tr::tr("\"%1\" is not a parameter name").arg(QString::fromUtf8(name)));
    }
    if (name.isEmpty())
        return std::unexpected(Tr::tr("a parameter needs a name"));
    if (const QString why = refusal(value, true); !why.isEmpty())
        return std::unexpected(Tr::tr("value: %1").arg(why));
    auto cf = PostfixMainCf::parse(mainCf, path);
    if (!cf)
        return std::unexpected(cf.error().toString());
    cf->setParameter(name, value.trimmed());
    return FileChange {path, QStringLiteral("postfix-main"), {}, mainCf, cf->toBytes()};
}

std::expected<FileChange, QString> MtaEdits::unsetPostfixParameter(
    const QString &path, const QByteArray &mainCf, const QByteArray &name)
{
    auto cf = PostfixMainCf::parse(mainCf, path);
    if (!cf)
        return std::unexpected(cf.error().toString());
    if (!cf->removeParameter(name))
        return std::unexpected(Tr::tr("%1 does not set %2").arg(path, QString::fromUtf8(name)));
    return FileChange {path, QStringLiteral("postfix-main"), {}, mainCf, cf->toBytes()};
}

std::expected<FileChange, QString> MtaEdits::setSendmailDefine(
    const QString &path, const QByteArray &mc, const QByteArray &name, const QByteArray &value)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!namePattern.match(QString::fromUtf8(name)).hasMatch())
        return std::unexpected(Tr::tr("\"%1\" is not an m4 define name").arg(QString::fromUtf8(name)));
    if (const QString why = refusal(value, true); !why.isEmpty())
        return std::unexpected(Tr::tr("value: %1").arg(why));
    for (const char c : QByteArrayView("`'()#$\\")) {
        if (value.contains(c))
            return std::unexpected(Tr::tr("value: '%1' is not allowed in a sendmail.mc value").arg(QLatin1Char(c)));
    }
    // GNU m4's builtins: a word among them would run when the value is expanded.
    static const QSet<QByteArray> builtins {"__file__", "__line__", "__program__", "builtin", "changecom",
        "changequote", "changeword", "debugfile", "debugmode", "decr", "define", "defn", "divert", "divnum", "dnl",
        "dumpdef", "errprint", "esyscmd", "eval", "format", "ifdef", "ifelse", "include", "incr", "index", "indir",
        "len", "m4exit", "m4wrap", "maketemp", "mkstemp", "patsubst", "popdef", "pushdef", "regexp", "shift",
        "sinclude", "substr", "syscmd", "sysval", "traceoff", "traceon", "translit", "undefine", "undivert", "unix",
        "gnu", "windows", "os2"};
    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    for (auto it = word.globalMatch(QString::fromUtf8(value)); it.hasNext();) {
        const QByteArray w = it.next().captured().toUtf8();
        if (builtins.contains(w))
            return std::unexpected(
                Tr::tr("value: \"%1\" is an m4 macro and would be expanded").arg(QString::fromUtf8(w)));
    }
    auto parsed = SendmailMc::parse(mc, path);
    if (!parsed)
        return std::unexpected(parsed.error().toString());
    if (!parsed->setDefine(name, value))
        return std::unexpected(Tr::tr("%1: define(%2) cannot be written").arg(path, QString::fromUtf8(name)));
    return FileChange {path, QStringLiteral("sendmail-mc"), {}, mc, parsed->toBytes()};
}

std::expected<FileChange, QString> MtaEdits::unsetSendmailDefine(
    const QString &path, const QByteArray &mc, const QByteArray &name)
{
    auto parsed = SendmailMc::parse(mc, path);
    if (!parsed)
        return std::unexpected(parsed.error().toString());
    if (!parsed->removeDefine(name))
        return std::unexpected(Tr::tr("%1 does not define %2").arg(path, QString::fromUtf8(name)));
    return FileChange {path, QStringLiteral("sendmail-mc"), {}, mc, parsed->toBytes()};
}

std::expected<FileChange, QString> MtaEdits::setTableEntry(
    const CatalogueEntry &table, const QByteArray &content, const QByteArray &key, const QByteArray &value)
{
    return edit(table, content, key, value);
}

std::expected<FileChange, QString> MtaEdits::removeTableEntry(
    const CatalogueEntry &table, const QByteArray &content, const QByteArray &key)
{
    return edit(table, content, key, std::nullopt);
}

} // namespace Mailwarden
