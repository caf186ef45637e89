#include "mtaedits.h"

#include "core/tr.h"
#include "formats/aliasesfile.h"
#include "formats/logicallinesplitter.h"
#include "postfix/postfixmaincf.h"
#include "postfix/postfixregexptable.h"
#include "postfix/postfixtable.h"
#include "qmail/qmailcontrol.h"
#include "qmail/qmailtcprules.h"
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

enum class Op { Set, Remove, Add, Move };

template<typename Table>
bool applyOp(Table &t, Op op, const QByteArray &key, const QByteArray &value, const RowPosition &position)
{
    if constexpr (std::is_same_v<Table, PostfixRegexpTable>) {
        // rules by index for the existing edits; the key is the pattern as written
        auto ruleNumber = [&t](QByteArrayView k) -> qsizetype {
            const auto index = t.findRule(k);
            const QList<PostfixRegexpRule> all = t.rules();
            for (qsizetype i = 0; index && i < all.size(); ++i) {
                if (all[i].index == *index)
                    return i;
            }
            return -1;
        };
        switch (op) {
        case Op::Set:
            return t.findRule(key) ? t.setAction(ruleNumber(key), value) : t.insertRule(key, value, RowPosition {});
        case Op::Remove:
            return t.removeRule(ruleNumber(key));
        case Op::Add:
            return t.insertRule(key, value, position);
        case Op::Move:
            return t.moveRule(key, position);
        }
    } else if constexpr (std::is_same_v<Table, QmailTcpRules>) {
        switch (op) {
        case Op::Set:
            return t.find(key) ? t.setInstructions(key, value) : t.addRule(key, value);
        case Op::Remove:
            return t.removeRule(key);
        case Op::Add:
            return t.addRule(key, value, position);
        case Op::Move:
            return t.moveRule(key, position);
        }
    } else {
        switch (op) {
        case Op::Set:
            if (!t.find(key))
                return t.addEntry(key, value);
            if constexpr (requires { t.setAction(key, value); })
                return t.setAction(key, value); // the access table calls its values actions
            else
                return t.setValue(key, value);
        case Op::Remove:
            return t.removeEntry(key);
        case Op::Add:
            return t.insertEntry(key, value, position);
        case Op::Move:
            return t.moveEntry(key, position);
        }
    }
    return false;
}

template<typename Table>
bool hasKey(const Table &t, QByteArrayView key)
{
    if constexpr (std::is_same_v<Table, PostfixRegexpTable>)
        return t.findRule(key).has_value();
    else
        return t.find(key).has_value();
}

template<typename Table>
std::expected<FileChange, QString> editTable(const CatalogueEntry &table, const QByteArray &content,
    std::expected<Table, ParseError> parsed, Op op, const QByteArray &key, const QByteArray &value,
    const RowPosition &position)
{
    if (!parsed)
        return std::unexpected(parsed.error().toString());
    Table &t = *parsed;
    const QString k = QString::fromUtf8(key);
    const bool anchored = position.where == RowPosition::Where::Before || position.where == RowPosition::Where::After;
    if (op == Op::Add && hasKey(t, key))
        return std::unexpected(Tr::tr("%1 already has an entry \"%2\": change it with table set").arg(table.path, k));
    if ((op == Op::Remove || op == Op::Move) && !hasKey(t, key))
        return std::unexpected(Tr::tr("%1 has no entry \"%2\"").arg(table.path, k));
    if ((op == Op::Add || op == Op::Move) && anchored && !hasKey(t, position.anchor))
        return std::unexpected(
            Tr::tr("%1 has no entry \"%2\" to place it next to").arg(table.path, QString::fromUtf8(position.anchor)));
    if (op == Op::Move && anchored && position.anchor == key)
        return std::unexpected(Tr::tr("\"%1\" cannot be placed next to itself").arg(k));
    if (!applyOp(t, op, key, value, position))
        return std::unexpected(Tr::tr("%1: the entry \"%2\" cannot be written there").arg(table.path, k));
    return changeOf(table, content, t.toBytes());
}

// aliases(5): the value is the recipient list ("bob, carol@example.org").
// Every name is looked up by itself: the order of the lines does not matter.
std::expected<FileChange, QString> editAliases(
    const CatalogueEntry &table, const QByteArray &content, Op op, const QByteArray &name, const QByteArray &value)
{
    auto parsed = AliasesFile::parse(content, table.path);
    if (!parsed)
        return std::unexpected(parsed.error().toString());
    const QString k = QString::fromUtf8(name);
    if (op == Op::Move)
        return std::unexpected(Tr::tr("%1: the order of aliases does not matter").arg(table.path));
    if (op == Op::Add && parsed->find(name))
        return std::unexpected(Tr::tr("%1 already has an entry \"%2\": change it with table set").arg(table.path, k));
    bool ok = false;
    if (op == Op::Remove) {
        ok = parsed->removeAlias(name);
    } else {
        const auto recipients = AliasesFile::splitRecipients(value);
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
        return std::unexpected(op == Op::Remove
                ? Tr::tr("%1 has no entry \"%2\"").arg(table.path, k)
                : Tr::tr("%1: the entry \"%2\" cannot be written there").arg(table.path, k));
    return changeOf(table, content, parsed->toBytes());
}

// A qmail control list (rcpthosts, badmailfrom, …): each line one value, the
// key; the order does not matter to qmail.
std::expected<FileChange, QString> editControlList(
    const CatalogueEntry &table, const QByteArray &content, Op op, const QByteArray &key, const QByteArray &value)
{
    auto parsed = QmailControl::parse(content, table.path);
    if (!parsed)
        return std::unexpected(parsed.error().toString());
    if (parsed->kind() != QmailControl::Kind::List)
        return std::unexpected(Tr::tr("%1 holds one value: change it with option set").arg(table.path));
    if (!value.isEmpty())
        return std::unexpected(Tr::tr("%1 is a list of values without keys: give only the value").arg(table.path));
    const QString k = QString::fromUtf8(key);
    switch (op) {
    case Op::Move:
        return std::unexpected(Tr::tr("%1: qmail does not care about the order of its lines").arg(table.path));
    case Op::Add:
        if (parsed->contains(key))
            return std::unexpected(Tr::tr("%1 already lists \"%2\"").arg(table.path, k));
        [[fallthrough]];
    case Op::Set:
        if (!parsed->contains(key) && !parsed->add(key))
            return std::unexpected(Tr::tr("%1: the entry \"%2\" cannot be written there").arg(table.path, k));
        break;
    case Op::Remove:
        if (!parsed->remove(key))
            return std::unexpected(Tr::tr("%1 has no entry \"%2\"").arg(table.path, k));
        break;
    }
    return changeOf(table, content, parsed->toBytes());
}

std::expected<FileChange, QString> edit(const CatalogueEntry &table, const QByteArray &content, Op op,
    const QByteArray &key, const QByteArray &value = {}, const RowPosition &position = {})
{
    // a regexp/pcre key is a pattern: blanks are part of it
    const bool patterns = table.formatType == QLatin1String("postfix-regexp");
    if (const QString why = MtaEdits::refusal(key, patterns); !why.isEmpty())
        return std::unexpected(Tr::tr("key: %1").arg(why));
    if (op == Op::Set || op == Op::Add) {
        if (const QString why = MtaEdits::refusal(value, true); !why.isEmpty())
            return std::unexpected(Tr::tr("value: %1").arg(why));
    }
    if (position.where == RowPosition::Where::Before || position.where == RowPosition::Where::After) {
        if (const QString why = MtaEdits::refusal(position.anchor, patterns); !why.isEmpty())
            return std::unexpected(Tr::tr("key: %1").arg(why));
    }
    if (table.readOnly)
        return std::unexpected(Tr::tr("%1 is a database lookup: Mailwarden does not edit it").arg(table.path));
    const QString &f = table.formatType;
    // postmap and makemap skip a line that starts with '#' (aliases quote such a name)
    if (key.startsWith('#') && f != QLatin1String("aliases"))
        return std::unexpected(Tr::tr("key: starts with '#', which would make the line a comment"));
    if (f == QLatin1String("postfix-table"))
        return editTable(table, content, PostfixTable::parse(content, table.path), op, key, value, position);
    if (f == QLatin1String("sendmail-access"))
        return editTable(table, content, SendmailAccess::parse(content, table.path), op, key, value, position);
    if (f == QLatin1String("sendmail-map"))
        return editTable(table, content, SendmailMap::parse(content, table.path), op, key, value, position);
    if (f == QLatin1String("qmail-tcprules"))
        return editTable(table, content, QmailTcpRules::parse(content, table.path), op, key, value, position);
    if (f == QLatin1String("qmail-control"))
        return editControlList(table, content, op, key, value);
    if (f == QLatin1String("postfix-regexp"))
        return editTable(table, content, PostfixRegexpTable::parse(content, table.path), op, key, value, position);
    if (f == QLatin1String("aliases"))
        return editAliases(table, content, op, key, value);
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

QString MtaEdits::m4Refusal(const QByteArray &value)
{
    if (const QString why = refusal(value, true); !why.isEmpty())
        return why;
    for (const char c : QByteArrayView("`'()#\\")) {
        if (value.contains(c))
            return Tr::tr("'%1' is not allowed in a sendmail.mc value").arg(QLatin1Char(c));
    }
    // A sendmail macro ($j, ${client_addr}) passes through m4 untouched; $1, $#, $* and $@
    // are m4's argument references and would be replaced when the define is expanded.
    static const QRegularExpression macro(QStringLiteral("\\$(?![A-Za-z]|\\{[A-Za-z_][A-Za-z0-9_]*\\})"));
    if (macro.match(QString::fromUtf8(value)).hasMatch())
        return Tr::tr("only sendmail macros such as $j or ${client_name} may follow '$' in a sendmail.mc value");
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
            return Tr::tr("\"%1\" is an m4 macro and would be expanded").arg(QString::fromUtf8(w));
    }
    return {};
}

std::expected<FileChange, QString> MtaEdits::addSendmailCall(
    const QString &path, const QByteArray &mc, const QByteArray &name, const QList<QByteArray> &args)
{
    static const QSet<QByteArray> allowed {"FEATURE", "DAEMON_OPTIONS", "CLIENT_OPTIONS", "MASQUERADE_AS",
        "MASQUERADE_DOMAIN", "EXPOSED_USER", "LOCAL_DOMAIN", "MAILER"};
    if (!allowed.contains(name))
        return std::unexpected(Tr::tr("%1 is not a call Mailwarden adds to sendmail.mc").arg(QString::fromUtf8(name)));
    if (args.isEmpty() || args.first().trimmed().isEmpty())
        return std::unexpected(Tr::tr("%1 needs an argument").arg(QString::fromUtf8(name)));
    for (const QByteArray &arg : args) {
        if (const QString why = m4Refusal(arg); !why.isEmpty())
            return std::unexpected(Tr::tr("%1: %2").arg(QString::fromUtf8(arg), why));
    }
    auto parsed = SendmailMc::parse(mc, path);
    if (!parsed)
        return std::unexpected(parsed.error().toString());
    // a feature used once per argument (dnsbl) may repeat; the rest would only repeat themselves
    const bool repeatable = name == "DAEMON_OPTIONS" || name == "CLIENT_OPTIONS" || name == "MASQUERADE_DOMAIN"
        || name == "EXPOSED_USER" || name == "LOCAL_DOMAIN"
        || (name == "FEATURE" && (args.first() == "dnsbl" || args.first() == "enhdnsbl"));
    if (!parsed->addCall(name, args, repeatable))
        return std::unexpected(
            Tr::tr("%1(%2) is in sendmail.mc already").arg(QString::fromUtf8(name), QString::fromUtf8(args.first())));
    return FileChange {path, QStringLiteral("sendmail-mc"), {}, mc, parsed->toBytes()};
}

std::expected<FileChange, QString> MtaEdits::removeSendmailCall(const QString &path, const QByteArray &mc,
    const QByteArray &name, const QByteArray &firstArg, const std::optional<QByteArray> &secondArg)
{
    auto parsed = SendmailMc::parse(mc, path);
    if (!parsed)
        return std::unexpected(parsed.error().toString());
    if (!parsed->removeCall(
            name, firstArg, secondArg ? std::optional<QByteArrayView>(*secondArg) : std::optional<QByteArrayView>()))
        return std::unexpected(
            Tr::tr("%1 has no %2(%3)").arg(path, QString::fromUtf8(name), QString::fromUtf8(firstArg)));
    return FileChange {path, QStringLiteral("sendmail-mc"), {}, mc, parsed->toBytes()};
}

std::expected<FileChange, QString> MtaEdits::setSendmailDefine(
    const QString &path, const QByteArray &mc, const QByteArray &name, const QByteArray &value)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!namePattern.match(QString::fromUtf8(name)).hasMatch())
        return std::unexpected(Tr::tr("\"%1\" is not an m4 define name").arg(QString::fromUtf8(name)));
    if (const QString why = m4Refusal(value); !why.isEmpty())
        return std::unexpected(Tr::tr("value: %1").arg(why));
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
    return edit(table, content, Op::Set, key, value);
}

std::expected<FileChange, QString> MtaEdits::removeTableEntry(
    const CatalogueEntry &table, const QByteArray &content, const QByteArray &key)
{
    return edit(table, content, Op::Remove, key);
}

std::expected<FileChange, QString> MtaEdits::setQmailControl(
    const CatalogueEntry &file, const QByteArray &content, const QByteArray &value)
{
    if (const QString why = refusal(value, true); !why.isEmpty())
        return std::unexpected(Tr::tr("value: %1").arg(why));
    auto parsed = QmailControl::parse(content, file.path);
    if (!parsed)
        return std::unexpected(parsed.error().toString());
    if (parsed->kind() == QmailControl::Kind::List)
        return std::unexpected(Tr::tr("%1 is a list: change it with table add|remove").arg(file.path));
    if (parsed->kind() == QmailControl::Kind::Number) {
        bool ok = false;
        value.trimmed().toULongLong(&ok);
        if (!ok)
            return std::unexpected(
                Tr::tr("%1 takes a whole number, not \"%2\"").arg(file.path, QString::fromUtf8(value)));
    }
    if (!parsed->setValue(value.trimmed()))
        return std::unexpected(Tr::tr("%1: the value cannot be written there").arg(file.path));
    return changeOf(file, content, parsed->toBytes());
}

FileChange MtaEdits::removeFile(const CatalogueEntry &file, const QByteArray &content)
{
    FileChange change = changeOf(file, content, {});
    change.absentAfter = true;
    return change;
}

QByteArray MtaEdits::commentText(const RecordDocument &doc, qsizetype first, qsizetype last)
{
    QByteArray out;
    for (qsizetype i = first; i <= last; ++i) {
        QByteArrayView t = doc.text(i);
        t = t.sliced(Bytes::skipSpace(t, 0));
        if (t.startsWith('#'))
            t = t.sliced(1);
        if (t.startsWith(' '))
            t = t.sliced(1);
        if (i > first)
            out += '\n';
        out += t;
    }
    return out;
}

std::expected<FileChange, QString> MtaEdits::setRowComment(
    const CatalogueEntry &table, const QByteArray &content, int line, const QByteArray &comment)
{
    if (table.readOnly)
        return std::unexpected(Tr::tr("%1 is a database lookup: Mailwarden does not edit it").arg(table.path));
    const auto all = rows(table, content);
    if (!all)
        return std::unexpected(all.error());
    if (std::none_of(all->begin(), all->end(), [line](const Row &r) { return r.line == line; }))
        return std::unexpected(Tr::tr("%1: no entry starts at line %2").arg(table.path).arg(line));
    QList<QByteArray> lines = comment.split('\n');
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast(); // a trailing newline from the editor is no comment line
    if (comment.size() > kMaxField)
        return std::unexpected(Tr::tr("comment: longer than %1 bytes").arg(kMaxField));
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
        if (const QString why = refusal(l, true); !why.isEmpty())
            return std::unexpected(Tr::tr("comment: %1").arg(why));
    }
    // One record per physical line: the row's first line is record line - 1.
    RecordDocument doc = splitLogicalLines(content, {false, false, '#'});
    const qsizetype at = line - 1;
    const qsizetype start = RowPosition::attachedStart(doc, at);
    for (qsizetype i = at - 1; i >= start; --i)
        doc.remove(i);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &l = lines.at(i);
        doc.insert(start + i, l.isEmpty() ? QByteArray("#") : "# " + l, quint8(RecordKind::Comment));
    }
    return changeOf(table, content, doc.toBytes());
}

std::expected<QList<MtaEdits::Row>, QString> MtaEdits::rows(const CatalogueEntry &table, const QByteArray &content)
{
    QList<Row> out;
    const QString &f = table.formatType;
    auto keyValues = [&out](const QList<KeyValueEntry> &entries) {
        for (const KeyValueEntry &e : entries)
            out.append({e.key, e.value, e.line});
    };
    if (f == QLatin1String("postfix-table")) {
        const auto t = PostfixTable::parse(content, table.path);
        if (!t)
            return std::unexpected(t.error().toString());
        keyValues(t->entries());
    } else if (f == QLatin1String("sendmail-access") || f == QLatin1String("sendmail-map")) {
        const auto t = SendmailMap::parse(content, table.path);
        if (!t)
            return std::unexpected(t.error().toString());
        keyValues(t->entries());
    } else if (f == QLatin1String("qmail-tcprules")) {
        const auto t = QmailTcpRules::parse(content, table.path);
        if (!t)
            return std::unexpected(t.error().toString());
        for (const QmailTcpRules::Rule &r : t->rules())
            out.append({r.address, QmailTcpRules::formatInstructions(r.instructions), r.line});
    } else if (f == QLatin1String("qmail-control")) {
        const auto t = QmailControl::parse(content, table.path);
        if (!t)
            return std::unexpected(t.error().toString());
        for (const QmailControl::Value &v : t->values())
            out.append({v.text, {}, v.line});
    } else if (f == QLatin1String("postfix-regexp")) {
        const auto t = PostfixRegexpTable::parse(content, table.path);
        if (!t)
            return std::unexpected(t.error().toString());
        for (const PostfixRegexpRule &r : t->rules()) {
            if (r.type == PostfixRegexpRule::Type::Rule)
                out.append({PostfixRegexpTable::keyOf(t->document().text(r.index)), r.action, r.line});
        }
    } else if (f == QLatin1String("aliases")) {
        const auto t = AliasesFile::parse(content, table.path);
        if (!t)
            return std::unexpected(t.error().toString());
        for (const AliasEntry &a : t->aliases())
            out.append({a.name, a.recipients.join(", "), a.line});
    } else {
        return std::unexpected(Tr::tr("%1 is not a table (%2)").arg(table.path, f.isEmpty() ? QStringLiteral("-") : f));
    }
    return out;
}

std::expected<FileChange, QString> MtaEdits::addTableEntry(const CatalogueEntry &table, const QByteArray &content,
    const QByteArray &key, const QByteArray &value, const RowPosition &position)
{
    return edit(table, content, Op::Add, key, value, position);
}

std::expected<FileChange, QString> MtaEdits::moveTableEntry(
    const CatalogueEntry &table, const QByteArray &content, const QByteArray &key, const RowPosition &position)
{
    return edit(table, content, Op::Move, key, {}, position);
}

} // namespace Mailwarden
