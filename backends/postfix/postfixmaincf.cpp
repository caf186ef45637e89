#include "postfixmaincf.h"

#include "core/tr.h"
#include "formats/logicallinesplitter.h"
#include "formats/separatorstyle.h"
#include "postfixknownparameters.h"

#include <QHash>
#include <QSet>

namespace Mailwarden {

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
        || c == '.' || c == '/';
}

bool isListSeparator(char c)
{
    return c == ',' || Bytes::isSpace(c);
}

// Skips a comment line inside a continued value: at \a i (just after '\n').
qsizetype skipCommentLine(QByteArrayView text, qsizetype i)
{
    qsizetype j = i;
    while (j < text.size() && Bytes::isBlank(text.at(j)))
        ++j;
    if (j < text.size() && text.at(j) == '#') {
        const qsizetype nl = text.indexOf('\n', j);
        return nl < 0 ? text.size() : nl;
    }
    return i;
}

// Offset of the '}' (or ')') closing the group opened at \a open, or -1.
qsizetype matchingClose(QByteArrayView text, qsizetype open)
{
    const char o = text.at(open), c = o == '{' ? '}' : ')';
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            i = skipCommentLine(text, i + 1) - 1;
            continue;
        }
        if (text.at(i) == o)
            ++depth;
        else if (text.at(i) == c && --depth == 0)
            return i;
    }
    return -1;
}

struct BraceError {
    qsizetype offset = -1;
    QString message;
};

// postconf's checks on `{ ... }` groups: balanced, and followed by a separator.
BraceError checkBraces(QByteArrayView text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\n') {
            i = skipCommentLine(text, i + 1) - 1;
        } else if (c == '$' && i + 1 < text.size() && (text.at(i + 1) == '{' || text.at(i + 1) == '(')) {
            const qsizetype close = matchingClose(text, i + 1);
            if (close < 0)
                return {
                    i, Tr::tr("missing '%1' in macro expression").arg(QLatin1Char(text.at(i + 1) == '{' ? '}' : ')'))};
            i = close;
        } else if (c == '{') {
            const qsizetype close = matchingClose(text, i);
            if (close < 0)
                return {i, Tr::tr("missing '}' for this '{'")};
            if (close + 1 < text.size() && !isListSeparator(text.at(close + 1)))
                return {close + 1, Tr::tr("syntax error after '}'")};
            i = close;
        }
    }
    return {};
}

} // namespace

PostfixMainCf::Split PostfixMainCf::split(QByteArrayView text)
{
    Split s;
    qsizetype i = 0;
    while (i < text.size() && isNameChar(text.at(i)))
        ++i;
    s.nameEnd = i;
    if (i == 0)
        return s;
    while (i < text.size() && Bytes::isBlank(text.at(i)))
        ++i;
    if (i >= text.size() || text.at(i) != '=')
        return s;
    s.valueBegin = Bytes::skipSpace(text, i + 1);
    return s;
}

std::expected<PostfixMainCf, ParseError> PostfixMainCf::parse(const QByteArray &bytes, const QString &fileName)
{
    PostfixMainCf cf;
    cf.m_doc = splitLogicalLines(bytes);
    int line = 1;
    for (qsizetype i = 0; i < cf.m_doc.size(); ++i) {
        const int here = line;
        line += cf.m_doc.record(i).lineCount;
        if (cf.m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        const QByteArrayView text = cf.m_doc.text(i);
        const Split s = split(text);
        // postconf stops at such a line ("missing '=' after attribute name"), so do we.
        if (s.valueBegin < 0) {
            const auto [l, c] = Bytes::position(text, s.nameEnd, here);
            return std::unexpected(ParseError {fileName, l, c,
                s.nameEnd == 0 ? Tr::tr("expected a parameter name (\"name = value\")")
                               : Tr::tr("missing \"=\" after the parameter name \"%1\"")
                                     .arg(QString::fromUtf8(text.first(s.nameEnd)))});
        }
        cf.m_doc.setKind(i, Parameter);
        const BraceError error = checkBraces(text, s.valueBegin);
        // Documentation excerpts elide text with "..."; their groups are kept and check() warns.
        if (error.offset >= 0 && !text.contains("...")) {
            const auto [l, c] = Bytes::position(text, error.offset, here);
            return std::unexpected(ParseError {fileName, l, c, error.message});
        }
    }
    return cf;
}

PostfixParameter PostfixMainCf::parameterAt(qsizetype index) const
{
    const QByteArrayView text = m_doc.text(index);
    const Split s = split(text);
    PostfixParameter p;
    p.name = text.first(s.nameEnd).toByteArray();
    p.value = Bytes::joinLogicalLine(text.sliced(s.valueBegin));
    p.references = references(p.value);
    return p;
}

QList<PostfixParameter> PostfixMainCf::parameters() const
{
    QList<PostfixParameter> list;
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == Parameter) {
            list.append(parameterAt(i));
            list.last().line = line;
        }
        line += m_doc.record(i).lineCount;
    }
    return list;
}

std::optional<qsizetype> PostfixMainCf::lastIndexOf(QByteArrayView name) const
{
    for (qsizetype i = m_doc.size() - 1; i >= 0; --i) {
        if (m_doc.kind(i) == Parameter && m_doc.text(i).first(split(m_doc.text(i)).nameEnd) == name)
            return i;
    }
    return std::nullopt;
}

std::optional<PostfixParameter> PostfixMainCf::parameter(QByteArrayView name) const
{
    const auto index = lastIndexOf(name);
    if (!index)
        return std::nullopt;
    PostfixParameter p = parameterAt(*index);
    p.line = m_doc.lineOf(*index);
    return p;
}

std::optional<QByteArray> PostfixMainCf::value(QByteArrayView name) const
{
    const auto p = parameter(name);
    return p ? std::optional<QByteArray>(p->value) : std::nullopt;
}

void PostfixMainCf::setParameter(QByteArrayView name, QByteArrayView value)
{
    if (const auto index = lastIndexOf(name)) {
        const QByteArrayView text = m_doc.text(*index);
        const Split s = split(text);
        QByteArray head = text.first(s.valueBegin).toByteArray();
        if (head.contains('\n')) // value started on a continuation line: keep "name =" and one blank
            head = QByteArray(Bytes::trimmed(head.left(head.indexOf('\n'))).toByteArray() + ' ');
        if (value.isEmpty())
            head = Bytes::trimmed(head).toByteArray();
        m_doc.replace(*index, QByteArray(head + value.toByteArray()), Parameter);
        return;
    }
    SeparatorStyle style(QByteArrayLiteral(" = "));
    for (qsizetype i = 0; i < m_doc.size() && style.sampleCount() < 200; ++i) {
        if (m_doc.kind(i) != Parameter)
            continue;
        const QByteArrayView text = m_doc.text(i);
        const Split s = split(text);
        const QByteArrayView separator = text.sliced(s.nameEnd, s.valueBegin - s.nameEnd);
        if (s.valueBegin < text.size() && !separator.contains('\n'))
            style.addSample(text.first(s.nameEnd), separator);
    }
    QByteArray line = QByteArray(name.toByteArray() + style.separatorFor(name));
    if (value.isEmpty())
        line = Bytes::trimmed(line).toByteArray();
    m_doc.append(QByteArray(line + value.toByteArray()), Parameter);
}

bool PostfixMainCf::removeParameter(QByteArrayView name)
{
    bool removed = false;
    for (qsizetype i = m_doc.size() - 1; i >= 0; --i) {
        if (m_doc.kind(i) == Parameter && m_doc.text(i).first(split(m_doc.text(i)).nameEnd) == name) {
            m_doc.remove(i);
            removed = true;
        }
    }
    return removed;
}

QList<QByteArray> PostfixMainCf::splitList(QByteArrayView value)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    while (i < value.size()) {
        while (i < value.size() && isListSeparator(value.at(i)))
            ++i;
        if (i >= value.size())
            break;
        const qsizetype start = i;
        while (i < value.size() && !isListSeparator(value.at(i))) {
            if (value.at(i) == '{' || (value.at(i) == '$' && i + 1 < value.size() && value.at(i + 1) == '{')) {
                const qsizetype close = matchingClose(value, value.at(i) == '{' ? i : i + 1);
                i = close < 0 ? value.size() : close + 1;
            } else {
                ++i;
            }
        }
        out.append(value.sliced(start, i - start).toByteArray());
    }
    return out;
}

QList<QByteArray> PostfixMainCf::references(QByteArrayView value)
{
    QList<QByteArray> out;
    for (qsizetype i = 0; i + 1 < value.size(); ++i) {
        if (value.at(i) != '$')
            continue;
        qsizetype j = i + 1;
        if (value.at(j) == '$') { // "$$" is a literal dollar
            i = j;
            continue;
        }
        if (value.at(j) == '{' || value.at(j) == '(')
            ++j;
        const qsizetype start = j;
        while (j < value.size()
            && ((value.at(j) >= 'a' && value.at(j) <= 'z') || (value.at(j) >= 'A' && value.at(j) <= 'Z')
                || (value.at(j) >= '0' && value.at(j) <= '9') || value.at(j) == '_'))
            ++j;
        if (j > start) {
            const QByteArray name = value.sliced(start, j - start).toByteArray();
            if (!out.contains(name))
                out.append(name);
        }
    }
    return out;
}

bool PostfixMainCf::isKnownParameter(QByteArrayView name)
{
    if (isBuiltinPostfixParameter(name))
        return true;
    // Per-transport families: <master.cf service name>_<suffix>.
    static const char *const suffixes[] = {"_delivery_slot_cost", "_delivery_slot_discount", "_delivery_slot_loan",
        "_delivery_status_filter", "_destination_concurrency_failed_cohort_limit", "_destination_concurrency_limit",
        "_destination_concurrency_negative_feedback", "_destination_concurrency_positive_feedback",
        "_destination_rate_delay", "_destination_recipient_limit", "_extra_recipient_limit",
        "_initial_destination_concurrency", "_minimum_delivery_slots", "_recipient_limit", "_recipient_refill_delay",
        "_recipient_refill_limit", "_transport_rate_delay", "_time_limit"};
    for (const char *suffix : suffixes) {
        if (name.endsWith(suffix) && name.size() > qsizetype(qstrlen(suffix)))
            return true;
    }
    return false;
}

QList<Diagnostic> PostfixMainCf::check() const
{
    QList<Diagnostic> out;
    const QList<PostfixParameter> all = parameters();
    QSet<QByteArray> referenced;
    for (const PostfixParameter &p : all) {
        for (const QByteArray &r : p.references)
            referenced.insert(r);
        for (const QByteArray &item : splitList(p.value)) // restriction classes are user-defined parameters
            referenced.insert(item);
    }
    QHash<QByteArray, int> seen;
    for (const PostfixParameter &p : all) {
        if (const auto it = seen.constFind(p.name); it != seen.cend())
            out.append({p.line, 1, Diagnostic::Severity::Warning,
                Tr::tr("parameter \"%1\" is set again (first on line %2); the last setting wins")
                    .arg(QString::fromUtf8(p.name))
                    .arg(*it)});
        seen.insert(p.name, p.line);
        if (!isKnownParameter(p.name) && !referenced.contains(p.name))
            out.append({p.line, 1, Diagnostic::Severity::Warning,
                Tr::tr("unknown parameter \"%1\"").arg(QString::fromUtf8(p.name))});
    }
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == Parameter) {
            const QByteArrayView text = m_doc.text(i);
            const BraceError error = checkBraces(text, split(text).valueBegin);
            if (error.offset >= 0) {
                const auto [l, c] = Bytes::position(text, error.offset, line);
                out.append({l, c, Diagnostic::Severity::Warning, error.message});
            }
        }
        if (m_doc.kind(i) == quint8(RecordKind::Orphan))
            out.append(
                {line, 1, Diagnostic::Severity::Warning, Tr::tr("continuation line without a parameter before it")});
        line += m_doc.record(i).lineCount;
    }
    std::sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    return out;
}

} // namespace Mailwarden
