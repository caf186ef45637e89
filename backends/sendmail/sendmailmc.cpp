#include "sendmailmc.h"

#include "core/tr.h"
#include "formats/logicallinesplitter.h"
#include "m4scanner.h"

#include <QHash>

#include <cctype>

namespace Mailwarden {

namespace {

quint8 classify(QByteArrayView record)
{
    const QByteArrayView text = Bytes::trimmed(record);
    if (text.isEmpty())
        return quint8(RecordKind::Blank);
    const bool dnl = text.startsWith("dnl")
        && (text.size() == 3 || !(std::isalnum(static_cast<unsigned char>(text.at(3))) || text.at(3) == '_'));
    return text.startsWith('#') || dnl ? quint8(RecordKind::Comment) : quint8(RecordKind::Content);
}

bool isSimple(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    for (char c : value) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_' && c != '/')
            return false;
    }
    return true;
}

int newlinesBefore(QByteArrayView text, qsizetype offset)
{
    return int(text.first(offset).count('\n'));
}

} // namespace

std::expected<SendmailMc, ParseError> SendmailMc::parse(QByteArrayView bytes, const QString &fileName)
{
    const QByteArray source = bytes.toByteArray();
    const M4Scan scan = scanM4(source);
    if (scan.errorOffset >= 0) {
        const auto [line, column] = Bytes::position(source, scan.errorOffset, 1);
        QString message = Tr::tr("unterminated quote: ` without its closing '");
        if (qstrcmp(scan.error, "unterminated call") == 0) {
            const qsizetype open = source.indexOf('(', scan.errorOffset);
            message = Tr::tr("macro call %1( has no closing ')'")
                          .arg(QString::fromUtf8(source.sliced(scan.errorOffset, open - scan.errorOffset)));
        }
        return std::unexpected(ParseError {fileName, line, column, message});
    }

    // A record is a line, joined to the next one while a call or quoted string spans the break.
    SendmailMc mc;
    mc.m_doc = RecordDocument(source);
    qsizetype pos = 0, next = 0;
    while (pos < source.size()) {
        const qsizetype start = pos;
        qint32 lines = 0;
        while (true) {
            const qsizetype nl = source.indexOf('\n', pos);
            pos = nl < 0 ? source.size() : nl + 1;
            ++lines;
            while (next < scan.constructs.size() && scan.constructs[next].end <= nl)
                ++next;
            if (nl < 0 || next >= scan.constructs.size() || scan.constructs[next].begin > nl)
                break;
        }
        mc.m_doc.appendSpan(
            start, qint32(pos - start), lines, classify(QByteArrayView(source).sliced(start, pos - start)));
    }
    return mc;
}

QList<SendmailMc::Call> SendmailMc::calls(QByteArrayView name) const
{
    QList<Call> out;
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); line += m_doc.record(i).lineCount, ++i) {
        if (m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        const QByteArrayView text = m_doc.text(i);
        for (const M4Call &c : scanM4(text).calls) {
            if (!name.isEmpty() && c.name != name)
                continue;
            Call call {c.name.toByteArray(), {}, {}, line + newlinesBefore(text, c.span.begin)};
            for (const M4Span &a : c.args) {
                call.rawArgs.append(text.sliced(a.begin, a.end - a.begin).toByteArray());
                call.args.append(m4ArgumentValue(call.rawArgs.last()));
            }
            out.append(std::move(call));
        }
    }
    return out;
}

std::optional<SendmailMc::Found> SendmailMc::locate(
    QByteArrayView name, QByteArrayView firstArg, bool last, std::optional<QByteArrayView> secondArg) const
{
    std::optional<Found> found;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        const QByteArrayView text = m_doc.text(i);
        for (const M4Call &c : scanM4(text).calls) {
            if (c.name != name || c.args.isEmpty()
                || m4ArgumentValue(text.sliced(c.args[0].begin, c.args[0].end - c.args[0].begin)) != firstArg)
                continue;
            if (secondArg
                && (c.args.size() < 2
                    || m4ArgumentValue(text.sliced(c.args[1].begin, c.args[1].end - c.args[1].begin)) != *secondArg))
                continue;
            Found f {i, c.span.begin, c.span.end, {}};
            for (const M4Span &a : c.args)
                f.args.append({a.begin, a.end});
            if (!last)
                return f;
            found = f;
        }
    }
    return found;
}

std::optional<SendmailMc::Call> SendmailMc::findCall(QByteArrayView name, QByteArrayView firstArg) const
{
    for (const Call &call : calls(name)) {
        if (!call.args.isEmpty() && call.args.first() == firstArg)
            return call;
    }
    return std::nullopt;
}

std::optional<QByteArray> SendmailMc::define(QByteArrayView name) const
{
    std::optional<QByteArray> value;
    for (const Call &call : calls("define")) {
        if (!call.args.isEmpty() && call.args.first() == name)
            value = call.args.value(1);
    }
    return value;
}

bool SendmailMc::addFeature(QByteArrayView feature, const QList<QByteArray> &args, bool repeatable)
{
    return addCall("FEATURE", QList<QByteArray> {feature.toByteArray()} + args, repeatable);
}

bool SendmailMc::setDefine(QByteArrayView name, QByteArrayView value)
{
    if (!m4QuotesBalanced(value) || value.contains('\n'))
        return false;
    const auto found = locate("define", name, true);
    if (!found)
        return addCall("define", {name.toByteArray(), value.toByteArray()});
    const QByteArrayView text = m_doc.text(found->record);
    QByteArray replaced;
    if (found->args.size() >= 2) {
        const auto [b, e] = found->args[1];
        const QByteArrayView old = text.sliced(b, e - b);
        const qsizetype lead = Bytes::skipSpace(old, 0);
        const bool quoted = Bytes::trimmed(old).startsWith('`') || !isSimple(value);
        const QByteArray arg = quoted ? QByteArray('`' + value.toByteArray() + '\'') : value.toByteArray();
        const qsizetype trail = old.size() - lead - Bytes::trimmed(old).size();
        replaced = text.first(b + lead).toByteArray() + arg + text.sliced(e - trail).toByteArray();
    } else {
        const qsizetype e = found->args[0].second;
        replaced = text.first(e).toByteArray() + ", `" + value.toByteArray() + '\'' + text.sliced(e).toByteArray();
    }
    m_doc.replace(found->record, replaced, quint8(RecordKind::Content));
    return true;
}

bool SendmailMc::addCall(QByteArrayView name, const QList<QByteArray> &args, bool repeatable)
{
    for (const QByteArray &arg : args) {
        if (!m4QuotesBalanced(arg) || arg.contains('\n'))
            return false;
    }
    if (!repeatable && !args.isEmpty() && locate(name, args.first(), false))
        return false;
    const qsizetype at = insertionPoint(name);
    m_doc.insert(at, format(name, args), quint8(RecordKind::Content));
    return true;
}

bool SendmailMc::removeCall(QByteArrayView name, QByteArrayView firstArg, std::optional<QByteArrayView> secondArg)
{
    const auto found = locate(name, firstArg, false, secondArg);
    if (!found)
        return false;
    const QByteArrayView text = m_doc.text(found->record);
    const QByteArrayView after = Bytes::trimmed(text.sliced(found->end));
    const bool alone = Bytes::trimmed(text.first(found->begin)).isEmpty()
        && (after.isEmpty() || classify(after) == quint8(RecordKind::Comment));
    if (alone)
        m_doc.remove(found->record);
    else
        m_doc.replace(found->record,
            QByteArray(text.first(found->begin).toByteArray() + text.sliced(found->end).toByteArray()),
            quint8(RecordKind::Content));
    return true;
}

QList<Diagnostic> SendmailMc::check() const
{
    QList<Diagnostic> out;
    QHash<QByteArray, int> defines, features;
    int firstMailer = 0;
    for (const Call &call : calls()) {
        auto warn = [&](const QString &message) { out.append({call.line, 1, Diagnostic::Severity::Warning, message}); };
        const QByteArray first = call.args.value(0);
        if (call.name == "MAILER" && !firstMailer)
            firstMailer = call.line;
        if (call.name == "changequote")
            warn(Tr::tr("changequote is not supported: quotes are read as `...'"));
        if (call.name == "FEATURE" && firstMailer)
            warn(Tr::tr("FEATURE(%1) after MAILER (line %2): features belong before the mailers")
                    .arg(QString::fromUtf8(first))
                    .arg(firstMailer));
        QHash<QByteArray, int> *seen = call.name == "define" ? &defines : call.name == "FEATURE" ? &features : nullptr;
        if (!seen || first.isEmpty())
            continue;
        // dnsbl and enhdnsbl add one blocklist per use: only the same list twice repeats itself.
        const bool perList = call.name == "FEATURE" && (first == "dnsbl" || first == "enhdnsbl");
        const QByteArray key = perList ? call.args.join('\0') : first;
        if (const auto it = seen->constFind(key); it != seen->cend())
            warn(Tr::tr("%1(%2) again (first on line %3); the last one wins")
                    .arg(QString::fromUtf8(call.name), QString::fromUtf8(first))
                    .arg(*it));
        else
            seen->insert(key, call.line);
    }
    return out;
}

QByteArray SendmailMc::format(QByteArrayView name, const QList<QByteArray> &args) const
{
    // Learn the file's habits: quoted first arguments, ", " or ",", a trailing dnl.
    int quotedFirst = 0, bareFirst = 0, spaced = 0, tight = 0, dnl = 0, plain = 0;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        const QByteArrayView text = m_doc.text(i);
        const M4Scan scan = scanM4(text);
        for (const M4Call &c : scan.calls) {
            if (!c.args.isEmpty() && c.span.end > c.args[0].begin + 1
                && (name.isEmpty() || c.name == name || quotedFirst + bareFirst < 3))
                ++(text.at(Bytes::skipSpace(text, c.args[0].begin)) == '`' ? quotedFirst : bareFirst);
            if (c.args.size() >= 2)
                ++(text.at(c.args[1].begin) == ' ' ? spaced : tight);
        }
        if (!scan.calls.isEmpty())
            ++(Bytes::trimmed(text.sliced(scan.calls.last().span.end)).startsWith("dnl") ? dnl : plain);
    }
    QByteArray out = name.toByteArray() + '(';
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (i > 0)
            out += spaced >= tight ? ", " : ",";
        const bool quote
            = !isSimple(args[i]) || (i == 0 ? quotedFirst >= bareFirst : quotedFirst > 0 || bareFirst == 0);
        out += quote ? QByteArray('`' + args[i] + '\'') : args[i];
    }
    out += ')';
    if (dnl > plain)
        out += "dnl";
    return out;
}

qsizetype SendmailMc::insertionPoint(QByteArrayView name) const
{
    qsizetype firstMailer = -1, lastSameBeforeMailer = -1, lastSame = -1, lastContent = -1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        lastContent = i;
        for (const M4Call &c : scanM4(m_doc.text(i)).calls) {
            if (c.name == "MAILER" && firstMailer < 0)
                firstMailer = i;
            if (c.name == name) {
                lastSame = i;
                if (firstMailer < 0 || name == "MAILER")
                    lastSameBeforeMailer = i;
            }
        }
    }
    if (lastSameBeforeMailer >= 0)
        return lastSameBeforeMailer + 1;
    if (lastSame >= 0 && name != "FEATURE")
        return lastSame + 1;
    if (firstMailer >= 0 && name != "MAILER")
        return firstMailer;
    return lastContent + 1 > 0 ? lastContent + 1 : m_doc.size();
}

} // namespace Mailwarden
