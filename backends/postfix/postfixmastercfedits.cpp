// PostfixMasterCf: edits and checks (the parser lives in postfixmastercf.cpp).
#include "postfixmastercf.h"

#include "core/tr.h"
#include "formats/logicallinesplitter.h"

#include <QHash>

namespace Mailwarden {

namespace {

QByteArray optionToken(QByteArrayView option, QByteArrayView value)
{
    bool blanks = false;
    for (char c : value)
        blanks = blanks || Bytes::isSpace(c);
    if (blanks)
        return QByteArray("{ " + option.toByteArray() + " = " + value.toByteArray() + " }");
    return QByteArray(option.toByteArray() + '=' + value.toByteArray());
}

// Byte range [begin, end) of the option's "name=value" (or "-oname=value") token, or {-1, -1}.
std::pair<qsizetype, qsizetype> findOption(
    QByteArrayView text, const QList<PostfixMasterCf::Token> &tokens, QByteArrayView option, bool *inlineForm)
{
    for (qsizetype i = 8; i < tokens.size(); ++i) {
        const QByteArrayView t = text.sliced(tokens[i].begin, tokens[i].end - tokens[i].begin);
        QByteArrayView body;
        qsizetype begin = tokens[i].begin;
        if (t == "-o" && i + 1 < tokens.size()) {
            ++i;
            begin = tokens[i].begin;
            body = text.sliced(begin, tokens[i].end - begin);
            *inlineForm = false;
        } else if (t.startsWith("-o") && t.size() > 2) {
            body = t.sliced(2);
            *inlineForm = true;
        } else {
            continue;
        }
        QByteArrayView inner = body;
        if (inner.startsWith('{'))
            inner = Bytes::trimmed(inner.sliced(1, inner.size() - 2));
        const qsizetype eq = inner.indexOf('=');
        if (Bytes::trimmed(eq < 0 ? inner : inner.first(eq)) == option)
            return {begin, tokens[i].end};
    }
    return {-1, -1};
}

} // namespace

bool PostfixMasterCf::setOption(QByteArrayView name, QByteArrayView type, QByteArrayView option, QByteArrayView value)
{
    const auto index = indexOf(name, type);
    if (!index || m_doc.kind(*index) != Service)
        return false;
    const QByteArray text = m_doc.text(*index).toByteArray();
    const auto tokens = tokenize(text);
    if (!tokens)
        return false;
    bool inlineForm = false;
    const auto [begin, end] = findOption(text, *tokens, option, &inlineForm);
    const QByteArray token = optionToken(option, value);
    if (begin >= 0) {
        const QByteArray replacement = inlineForm ? QByteArray("-o" + token) : token;
        m_doc.replace(*index, QByteArray(text.left(begin) + replacement + text.mid(end)), Service);
        return true;
    }
    // New continuation line, indented like the service's other "-o" lines.
    QByteArray indent = "  ";
    for (qsizetype nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
        const qsizetype first = Bytes::skipSpace(text, nl + 1);
        if (text.mid(first, 2) == "-o")
            indent = text.mid(nl + 1, first - nl - 1);
    }
    m_doc.replace(*index, QByteArray(text + '\n' + indent + "-o " + token), Service);
    return true;
}

bool PostfixMasterCf::removeOption(QByteArrayView name, QByteArrayView type, QByteArrayView option)
{
    const auto index = indexOf(name, type);
    if (!index || m_doc.kind(*index) != Service)
        return false;
    const QByteArray text = m_doc.text(*index).toByteArray();
    const auto tokens = tokenize(text);
    if (!tokens)
        return false;
    bool inlineForm = false;
    auto [begin, end] = findOption(text, *tokens, option, &inlineForm);
    if (begin < 0)
        return false;
    if (!inlineForm) // take the "-o" before it too
        begin = text.lastIndexOf("-o", begin);
    // Drop the whole physical line when the option was alone on it.
    const qsizetype lineStart = text.lastIndexOf('\n', begin - 1);
    qsizetype lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0)
        lineEnd = text.size();
    if (lineStart >= 0 && Bytes::trimmed(QByteArrayView(text).sliced(lineStart + 1, begin - lineStart - 1)).isEmpty()
        && Bytes::trimmed(QByteArrayView(text).sliced(end, lineEnd - end)).isEmpty()) {
        begin = lineStart;
        end = lineEnd;
    } else {
        while (begin > 0 && Bytes::isBlank(text.at(begin - 1)))
            --begin;
    }
    m_doc.replace(*index, QByteArray(text.left(begin) + text.mid(end)), Service);
    return true;
}

bool PostfixMasterCf::setField(QByteArrayView name, QByteArrayView type, Field field, QByteArrayView value)
{
    const auto index = indexOf(name, type);
    if (!index || m_doc.kind(*index) != Service || value.isEmpty())
        return false;
    const QByteArray text = m_doc.text(*index).toByteArray();
    const auto tokens = tokenize(text);
    if (!tokens || tokens->size() < 8)
        return false;
    const Token t = tokens->at(int(field));
    qsizetype end = t.end;
    QByteArray replacement = value.toByteArray();
    // Keep the next column where it was: eat or add blanks after the field.
    if (int(field) < 7) {
        const qsizetype next = tokens->at(int(field) + 1).begin;
        const qsizetype room = next - t.begin;
        if (!QByteArrayView(text).sliced(t.end, next - t.end).contains('\t')
            && !text.mid(t.end, next - t.end).contains('\n')) {
            replacement += QByteArray(std::max<qsizetype>(1, room - value.size()), ' ');
            end = next;
        }
    }
    m_doc.replace(*index, QByteArray(text.left(t.begin) + replacement + text.mid(end)), Service);
    return true;
}

bool PostfixMasterCf::setEnabled(QByteArrayView name, QByteArrayView type, bool enabled)
{
    const auto index = indexOf(name, type);
    if (!index)
        return false;
    const bool isEnabled = m_doc.kind(*index) == Service;
    if (isEnabled == enabled)
        return true;
    if (enabled) {
        qsizetype last = *index;
        while (last + 1 < m_doc.size() && m_doc.kind(last + 1) == CommentedContinuation)
            ++last;
        const QByteArray text = serviceText(*index);
        for (qsizetype i = last; i > *index; --i)
            m_doc.remove(i);
        m_doc.replace(*index, text, Service);
        return true;
    }
    const QList<QByteArray> lines = m_doc.text(*index).toByteArray().split('\n');
    m_doc.replace(*index, QByteArray('#' + lines.first()), CommentedService);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray l = lines[i];
        if (l.endsWith('\r'))
            l.chop(1);
        m_doc.insert(*index + i, QByteArray('#' + l), CommentedContinuation);
    }
    return true;
}

void PostfixMasterCf::addService(const PostfixService &service)
{
    const QList<QByteArray> fields = {service.name, service.type, service.privateField, service.unprivileged,
        service.chroot, service.wakeup, service.maxproc, service.command};
    // Column starts of the last service line, so the new one lines up with it.
    QList<qsizetype> columns;
    for (qsizetype i = m_doc.size() - 1; i >= 0 && columns.isEmpty(); --i) {
        if (m_doc.kind(i) != Service)
            continue;
        const QByteArrayView text = m_doc.text(i);
        const auto tokens = tokenize(text);
        if (tokens && tokens->size() >= 8 && !text.first(tokens->at(7).begin).contains('\n')
            && !text.first(tokens->at(7).begin).contains('\t')) {
            for (int k = 0; k < 8; ++k)
                columns.append(tokens->at(k).begin);
        }
    }
    QByteArray line;
    for (int k = 0; k < 8; ++k) {
        const QByteArray field = fields[k].isEmpty() ? QByteArray("-") : fields[k];
        if (k > 0) {
            const qsizetype pad = columns.isEmpty() ? 1 : std::max<qsizetype>(1, columns[k] - line.size());
            line += QByteArray(pad, ' ');
        }
        line += field;
    }
    for (const QByteArray &argument : service.arguments)
        line += ' ' + argument;
    for (const auto &[option, value] : service.options)
        line += "\n  -o " + optionToken(option, value);
    m_doc.append(line, service.enabled ? Service : CommentedService);
}

bool PostfixMasterCf::removeService(QByteArrayView name, QByteArrayView type)
{
    const auto index = indexOf(name, type);
    if (!index)
        return false;
    while (*index + 1 < m_doc.size() && m_doc.kind(*index + 1) == CommentedContinuation)
        m_doc.remove(*index + 1);
    m_doc.remove(*index);
    return true;
}

QList<Diagnostic> PostfixMasterCf::check() const
{
    QList<Diagnostic> out;
    QHash<QByteArray, int> seen;
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        const int here = line;
        line += m_doc.record(i).lineCount;
        if (m_doc.kind(i) == ElidedService) {
            out.append({here, 1, Diagnostic::Severity::Warning,
                Tr::tr(
                    "elided or templated service (\"...\", placeholder): kept as written, postfix would reject it")});
            continue;
        }
        if (m_doc.kind(i) != Service)
            continue;
        const PostfixService s = serviceAt(i);
        const QByteArray key = s.name + '/' + s.type;
        if (const auto it = seen.constFind(key); it != seen.cend())
            out.append({here, 1, Diagnostic::Severity::Warning,
                Tr::tr("duplicate service \"%1\" (first on line %2)").arg(QString::fromUtf8(key)).arg(*it)});
        else
            seen.insert(key, here);
        for (const auto &[option, value] : s.options) {
            if (option.isEmpty() || (value.isEmpty() && !s.arguments.join(' ').contains(QByteArray(option + '='))))
                out.append({here, 1, Diagnostic::Severity::Warning,
                    Tr::tr("option \"%1\" has no \"name=value\" form").arg(QString::fromUtf8(option))});
        }
    }
    return out;
}

} // namespace Mailwarden
