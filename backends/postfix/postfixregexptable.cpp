#include "postfixregexptable.h"

#include "core/tr.h"
#include "formats/logicallinesplitter.h"
#include "formats/separatorstyle.h"

namespace Mailwarden {

namespace {

bool isFlag(char c)
{
    return QByteArrayView("imsxAEUXIMS").contains(c);
}

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

} // namespace

PostfixRegexpTable::Split PostfixRegexpTable::split(QByteArrayView text)
{
    Split s;
    qsizetype i = Bytes::skipSpace(text, 0);
    const QByteArrayView rest = text.sliced(i);
    auto keyword = [&](QByteArrayView word) {
        return rest.startsWith(word) && (rest.size() == word.size() || !isAlnum(rest.at(word.size())));
    };
    if (keyword("endif")) {
        s.rule.type = PostfixRegexpRule::Type::Endif;
        s.patternEnd = s.actionBegin = i + 5;
        return s;
    }
    if (keyword("if")) {
        s.rule.type = PostfixRegexpRule::Type::If;
        i = Bytes::skipSpace(text, i + 2);
    }
    bool first = true;
    // One or more patterns: "/a/i!/b/" means a and not b.
    while (i < text.size() && (first || text.at(i) == '!' || !Bytes::isSpace(text.at(i)))) {
        const bool negated = text.at(i) == '!';
        if (negated)
            i = Bytes::skipSpace(text, i + 1);
        if (i >= text.size() || isAlnum(text.at(i)) || Bytes::isSpace(text.at(i)) || text.at(i) == '\\') {
            s.errorAt = i;
            s.error = Tr::tr("expected a pattern such as /regexp/");
            return s;
        }
        const char delimiter = text.at(i);
        const qsizetype begin = ++i;
        while (i < text.size() && text.at(i) != delimiter) {
            if (text.at(i) == '\\' && i + 1 < text.size())
                ++i;
            ++i;
        }
        if (i >= text.size()) {
            s.errorAt = begin - 1;
            s.error = Tr::tr("missing closing '%1' of the pattern").arg(QLatin1Char(delimiter));
            return s;
        }
        if (first) {
            s.rule.negated = negated;
            s.rule.pattern = text.sliced(begin, i - begin).toByteArray();
        }
        ++i;
        while (i < text.size() && !Bytes::isSpace(text.at(i)) && text.at(i) != '!' && text.at(i) != delimiter) {
            if (!isFlag(text.at(i))) {
                s.errorAt = i;
                s.error = Tr::tr("unknown pattern flag '%1'").arg(QLatin1Char(text.at(i)));
                return s;
            }
            if (first)
                s.rule.flags += text.at(i);
            ++i;
        }
        first = false;
    }
    s.patternEnd = i;
    s.actionBegin = Bytes::skipSpace(text, i);
    if (s.rule.type == PostfixRegexpRule::Type::Rule)
        s.rule.action = Bytes::joinLogicalLine(text.sliced(s.actionBegin));
    return s;
}

std::expected<PostfixRegexpTable, ParseError> PostfixRegexpTable::parse(
    const QByteArray &bytes, const QString &fileName)
{
    PostfixRegexpTable table;
    table.m_doc = splitLogicalLines(bytes);
    int line = 1;
    for (qsizetype i = 0; i < table.m_doc.size(); ++i) {
        const int here = line;
        line += table.m_doc.record(i).lineCount;
        const quint8 kind = table.m_doc.kind(i);
        if (kind != quint8(RecordKind::Content) && kind != quint8(RecordKind::Orphan))
            continue;
        const QByteArrayView text = table.m_doc.text(i);
        const Split s = split(text);
        if (s.errorAt >= 0) {
            const auto [l, c] = Bytes::position(text, s.errorAt, here);
            return std::unexpected(ParseError {fileName, l, c, s.error});
        }
        // An orphan (indented first rule) stays Orphan so that check() can warn about it.
        if (kind == quint8(RecordKind::Content))
            table.m_doc.setKind(i,
                s.rule.type == PostfixRegexpRule::Type::If          ? If
                    : s.rule.type == PostfixRegexpRule::Type::Endif ? Endif
                                                                    : Rule);
    }
    return table;
}

QList<PostfixRegexpRule> PostfixRegexpTable::rules() const
{
    QList<PostfixRegexpRule> list;
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        const quint8 kind = m_doc.kind(i);
        if (kind == Rule || kind == If || kind == Endif || kind == quint8(RecordKind::Orphan)) {
            PostfixRegexpRule r = split(m_doc.text(i)).rule;
            r.line = line;
            r.index = i;
            list.append(r);
        }
        line += m_doc.record(i).lineCount;
    }
    return list;
}

void PostfixRegexpTable::appendRule(QByteArrayView pattern, QByteArrayView flags, QByteArrayView action)
{
    QByteArray escaped;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == '\\' && i + 1 < pattern.size()) {
            escaped += pattern.sliced(i, 2).toByteArray();
            ++i;
            continue;
        }
        if (pattern.at(i) == '/')
            escaped += '\\';
        escaped += pattern.at(i);
    }
    SeparatorStyle style(QByteArrayLiteral(" "));
    for (qsizetype i = 0; i < m_doc.size() && style.sampleCount() < 200; ++i) {
        if (m_doc.kind(i) != Rule)
            continue;
        const QByteArrayView text = m_doc.text(i);
        const Split s = split(text);
        const QByteArrayView separator = text.sliced(s.patternEnd, s.actionBegin - s.patternEnd);
        if (s.actionBegin < text.size() && !separator.contains('\n') && Bytes::skipSpace(text, 0) == 0)
            style.addSample(text.first(s.patternEnd), separator);
    }
    const QByteArray head = QByteArray('/' + escaped + '/' + flags.toByteArray());
    m_doc.append(QByteArray(head + style.separatorFor(head) + action.toByteArray()), Rule);
}

bool PostfixRegexpTable::setAction(qsizetype rule, QByteArrayView action)
{
    const QList<PostfixRegexpRule> all = rules();
    if (rule < 0 || rule >= all.size() || all[rule].type != PostfixRegexpRule::Type::Rule)
        return false;
    const qsizetype index = all[rule].index;
    const QByteArrayView text = m_doc.text(index);
    const Split s = split(text);
    QByteArray separator = text.sliced(s.patternEnd, s.actionBegin - s.patternEnd).toByteArray();
    if (separator.isEmpty() || separator.contains('\n'))
        separator = " ";
    m_doc.replace(index, QByteArray(text.first(s.patternEnd).toByteArray() + separator + action.toByteArray()),
        m_doc.kind(index));
    return true;
}

QByteArray PostfixRegexpTable::keyOf(QByteArrayView text)
{
    const Split s = split(text);
    if (s.errorAt >= 0 || s.rule.type != PostfixRegexpRule::Type::Rule)
        return {};
    return text.sliced(Bytes::skipSpace(text, 0)).first(s.patternEnd - Bytes::skipSpace(text, 0)).toByteArray();
}

std::optional<qsizetype> PostfixRegexpTable::findRule(QByteArrayView key) const
{
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == Rule && keyOf(m_doc.text(i)) == key)
            return i;
    }
    return std::nullopt;
}

bool PostfixRegexpTable::insertRule(QByteArrayView key, QByteArrayView action, const RowPosition &position)
{
    const auto find = [this](QByteArrayView k) { return findRule(k); };
    const auto isRule = [this](qsizetype i) { return m_doc.kind(i) == Rule; };
    const QByteArray line = key.toByteArray() + ' ' + action.toByteArray();
    // the key must be exactly one pattern (with flags) and the action non-empty
    if (key.isEmpty() || action.trimmed().isEmpty() || keyOf(line) != key || findRule(key))
        return false;
    const auto at = position.insertionIndex(m_doc, find, isRule);
    if (!at)
        return false;
    m_doc.insert(*at, line, Rule);
    return true;
}

bool PostfixRegexpTable::moveRule(QByteArrayView key, const RowPosition &position)
{
    const auto index = findRule(key);
    return index
        && position.moveRow(
            m_doc, *index, [this](QByteArrayView k) { return findRule(k); },
            [this](qsizetype i) { return m_doc.kind(i) == Rule; });
}

bool PostfixRegexpTable::removeRule(qsizetype rule)
{
    const QList<PostfixRegexpRule> all = rules();
    if (rule < 0 || rule >= all.size())
        return false;
    m_doc.remove(all[rule].index);
    return true;
}

QList<Diagnostic> PostfixRegexpTable::check() const
{
    QList<Diagnostic> out;
    QList<int> open; // lines of unclosed "if"
    for (const PostfixRegexpRule &r : rules()) {
        if (m_doc.kind(r.index) == quint8(RecordKind::Orphan))
            out.append({r.line, 1, Diagnostic::Severity::Warning,
                Tr::tr("the first rule starts with whitespace; Postfix reads it as a continuation and ignores it")});
        if (r.type == PostfixRegexpRule::Type::If) {
            open.append(r.line);
        } else if (r.type == PostfixRegexpRule::Type::Endif) {
            if (open.isEmpty())
                out.append({r.line, 1, Diagnostic::Severity::Warning, Tr::tr("endif without a matching if")});
            else
                open.removeLast();
        } else if (r.action.isEmpty()) {
            out.append({r.line, 1, Diagnostic::Severity::Warning, Tr::tr("rule without an action")});
        }
    }
    for (int line : std::as_const(open))
        out.append({line, 1, Diagnostic::Severity::Warning, Tr::tr("if without a matching endif")});
    return out;
}

} // namespace Mailwarden
