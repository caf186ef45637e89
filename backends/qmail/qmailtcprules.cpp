#include "qmailtcprules.h"

#include "core/tr.h"
#include "formats/logicallinesplitter.h"
#include "formats/validators.h"

#include <QHash>

#include <algorithm>

namespace Mailwarden {

namespace {

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty() && text.size() <= 3
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) && text.toInt() <= 255;
}

// "1.2.3.4", "127.", "1.2.3.37-53", "10.2-3.": up to four octets or octet ranges.
bool isIPv4Rule(QByteArrayView text)
{
    if (text.endsWith('.'))
        text.chop(1);
    int parts = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != '.')
            continue;
        const QByteArrayView part = text.sliced(start, i - start);
        const qsizetype dash = part.indexOf('-');
        const bool ok = dash < 0 ? isDigits(part)
                                 : isDigits(part.first(dash)) && isDigits(part.sliced(dash + 1))
                && part.first(dash).toInt() <= part.sliced(dash + 1).toInt();
        if (!ok || ++parts > 4)
            return false;
        start = i + 1;
    }
    return true;
}

bool isRuleAddress(QByteArrayView address)
{
    if (address.isEmpty() || address == "=")
        return true;
    const qsizetype at = address.indexOf('@');
    const QByteArrayView host = at < 0 ? address : address.sliced(at + 1);
    if (host.startsWith('='))
        return host.size() == 1 || Validators::isDomain(host.sliced(1), true);
    return isIPv4Rule(host) || Validators::isIPv6(host);
}

} // namespace

std::expected<QList<QmailTcpRules::Instruction>, std::pair<int, QString>> QmailTcpRules::parseInstructions(
    QByteArrayView text)
{
    // tcprules drops trailing blanks, then wants "allow" or "deny" and after that
    // only ",NAME=<q>value<q>" pairs, <q> being any character.
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    QList<Instruction> out;
    for (const QByteArrayView first : {QByteArrayView("allow"), QByteArrayView("deny")}) {
        if (text.startsWith(first) && (text.size() == first.size() || text.at(first.size()) == ','))
            out.append(Instruction {first.toByteArray(), {}, 0});
    }
    if (out.isEmpty())
        return std::unexpected(std::pair {1, Tr::tr("the instructions must begin with allow or deny")});
    qsizetype i = out.first().name.size();
    while (i < text.size()) {
        ++i; // the ','
        const qsizetype eq = text.indexOf('=', i);
        if (eq < 0) {
            if (i == text.size())
                return std::unexpected(
                    std::pair {int(i) + 1, Tr::tr("a ',' must be followed by a variable (NAME=\"value\")")});
            const QByteArrayView rest = text.sliced(i);
            const QByteArrayView name = rest.indexOf(',') < 0 ? rest : rest.first(rest.indexOf(','));
            return std::unexpected(
                std::pair {int(i) + 1, Tr::tr("\"%1\" needs a value (NAME=\"value\")").arg(QString::fromUtf8(name))});
        }
        Instruction instruction {text.sliced(i, eq - i).toByteArray(), {}, 0};
        if (eq + 1 >= text.size())
            return std::unexpected(std::pair {int(eq) + 2, Tr::tr("missing quote character after '='")});
        instruction.quote = text.at(eq + 1);
        const qsizetype close = text.indexOf(instruction.quote, eq + 2);
        if (close < 0)
            return std::unexpected(
                std::pair {int(eq) + 2, Tr::tr("the value has no closing %1").arg(QLatin1Char(instruction.quote))});
        instruction.value = text.sliced(eq + 2, close - eq - 2).toByteArray();
        i = close + 1;
        if (i < text.size() && text.at(i) != ',')
            return std::unexpected(std::pair {
                int(i) + 1, Tr::tr("expected ',' after the closing %1").arg(QLatin1Char(instruction.quote))});
        out.append(instruction);
    }
    return out;
}

QByteArray QmailTcpRules::formatInstructions(const QList<Instruction> &instructions)
{
    QByteArray out;
    for (const Instruction &in : instructions) {
        if (!out.isEmpty())
            out += ',';
        out += in.name;
        if (in.quote)
            out += '=' + QByteArray(1, in.quote) + in.value + QByteArray(1, in.quote);
    }
    return out;
}

std::expected<QmailTcpRules, ParseError> QmailTcpRules::parse(QByteArrayView bytes, const QString &fileName)
{
    LogicalLineOptions options;
    options.continuation = false;
    QmailTcpRules rules;
    rules.m_doc = splitLogicalLines(bytes.toByteArray(), options);
    int line = 1;
    for (qsizetype i = 0; i < rules.m_doc.size(); line += rules.m_doc.record(i).lineCount, ++i) {
        if (rules.m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        const QByteArrayView text = rules.m_doc.text(i);
        const qsizetype colon = text.indexOf(':');
        if (colon < 0) {
            rules.m_doc.setKind(i, Skipped);
            continue;
        }
        const auto parsed = parseInstructions(text.sliced(colon + 1));
        if (!parsed)
            return std::unexpected(
                ParseError {fileName, line, int(colon) + 1 + parsed.error().first, parsed.error().second});
        // tcprules splits lines at '\n' only: the CR stays in the rule, which it then refuses.
        if (rules.m_doc.bytes(i).endsWith("\r\n"))
            return std::unexpected(ParseError {fileName, line, int(text.size()) + 1,
                Tr::tr("the line ends in CR LF (a Windows line ending), which tcprules refuses")});
    }
    return rules;
}

QmailTcpRules::Rule QmailTcpRules::ruleAt(qsizetype index) const
{
    const QByteArrayView text = m_doc.text(index);
    const qsizetype colon = text.indexOf(':');
    return Rule {
        text.first(colon).toByteArray(), parseInstructions(text.sliced(colon + 1)).value_or(QList<Instruction>()), 0};
}

QList<QmailTcpRules::Rule> QmailTcpRules::rules() const
{
    QList<Rule> out;
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); line += m_doc.record(i).lineCount, ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content)) {
            out.append(ruleAt(i));
            out.last().line = line;
        }
    }
    return out;
}

std::optional<qsizetype> QmailTcpRules::indexOf(QByteArrayView address) const
{
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content) && m_doc.text(i).first(m_doc.text(i).indexOf(':')) == address)
            return i;
    }
    return std::nullopt;
}

std::optional<QmailTcpRules::Rule> QmailTcpRules::find(QByteArrayView address) const
{
    const auto index = indexOf(address);
    if (!index)
        return std::nullopt;
    Rule rule = ruleAt(*index);
    rule.line = m_doc.lineOf(*index);
    return rule;
}

bool QmailTcpRules::addRule(QByteArrayView address, QByteArrayView instructions)
{
    if (address.contains(':') || address.contains('\n') || address.startsWith('#') || instructions.contains('\n')
        || instructions.contains('\r') || !parseInstructions(instructions) || indexOf(address))
        return false;
    // After the last specific rule: the default ":..." rule, by convention, closes the file.
    qsizetype defaultRule = -1, lastSpecific = -1, last = -1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        last = i;
        if (m_doc.text(i).startsWith(':')) {
            if (defaultRule < 0)
                defaultRule = i;
        } else if (defaultRule < 0) {
            lastSpecific = i;
        }
    }
    const QByteArray text = address.toByteArray() + ':' + instructions.toByteArray();
    if (address.isEmpty() || defaultRule < 0)
        lastSpecific = last;
    if (lastSpecific >= 0)
        m_doc.insert(lastSpecific + 1, text, quint8(RecordKind::Content), "\n");
    else if (defaultRule >= 0)
        m_doc.insert(defaultRule, text, quint8(RecordKind::Content), "\n");
    else
        m_doc.insert(m_doc.size(), text, quint8(RecordKind::Content), "\n");
    return true;
}

bool QmailTcpRules::addRule(QByteArrayView address, QByteArrayView instructions, const RowPosition &position)
{
    const auto find = [this](QByteArrayView a) { return indexOf(a); };
    const auto isRule = [this](qsizetype i) { return m_doc.kind(i) == quint8(RecordKind::Content); };
    if (!position.insertionIndex(m_doc, find, isRule) || !addRule(address, instructions))
        return false;
    return position.where == RowPosition::Where::Last || moveRule(address, position);
}

bool QmailTcpRules::moveRule(QByteArrayView address, const RowPosition &position)
{
    const auto index = indexOf(address);
    return index
        && position.moveRow(
            m_doc, *index, [this](QByteArrayView a) { return indexOf(a); },
            [this](qsizetype i) { return m_doc.kind(i) == quint8(RecordKind::Content); });
}

bool QmailTcpRules::setInstructions(QByteArrayView address, QByteArrayView instructions)
{
    const auto index = indexOf(address);
    if (!index || instructions.contains('\n') || instructions.contains('\r') || !parseInstructions(instructions))
        return false;
    m_doc.replace(
        *index, QByteArray(address.toByteArray() + ':' + instructions.toByteArray()), quint8(RecordKind::Content));
    return true;
}

bool QmailTcpRules::setVariable(QByteArrayView address, QByteArrayView name, QByteArrayView value)
{
    const auto rule = find(address);
    if (!rule || name.isEmpty() || name.contains('=') || name.contains(',') || value.contains('\n'))
        return false;
    QList<Instruction> list = rule->instructions;
    auto it
        = std::find_if(list.begin(), list.end(), [&](const Instruction &in) { return in.quote && in.name == name; });
    if (it == list.end())
        it = list.insert(list.end(), Instruction {name.toByteArray(), {}, '"'});
    // Keep the rule's quote unless the value contains it; tcprules allows any other character.
    for (const char candidate : QByteArrayView("\"'/|%+")) {
        if (!value.contains(it->quote))
            break;
        it->quote = candidate;
    }
    if (value.contains(it->quote))
        return false;
    it->value = value.toByteArray();
    return setInstructions(address, formatInstructions(list));
}

bool QmailTcpRules::removeVariable(QByteArrayView address, QByteArrayView name)
{
    const auto rule = find(address);
    if (!rule)
        return false;
    QList<Instruction> list = rule->instructions;
    const auto removed = list.removeIf([&](const Instruction &in) { return in.quote && in.name == name; });
    return removed > 0 && setInstructions(address, formatInstructions(list));
}

bool QmailTcpRules::removeRule(QByteArrayView address)
{
    const auto index = indexOf(address);
    if (index)
        m_doc.remove(*index);
    return index.has_value();
}

QList<Diagnostic> QmailTcpRules::check() const
{
    QList<Diagnostic> out;
    QHash<QByteArray, int> seen;
    for (const Rule &rule : rules()) {
        auto warn = [&](int column, const QString &message) {
            out.append({rule.line, column, Diagnostic::Severity::Warning, message});
        };
        if (!isRuleAddress(rule.address))
            warn(1, Tr::tr("\"%1\" is no IP address, prefix, range or =host").arg(QString::fromUtf8(rule.address)));
        if (const auto it = seen.constFind(rule.address); it != seen.cend())
            warn(1,
                Tr::tr("duplicate address \"%1\" (first on line %2); tcpserver uses the first")
                    .arg(QString::fromUtf8(rule.address))
                    .arg(*it));
        else
            seen.insert(rule.address, rule.line);
        const int column = int(rule.address.size()) + 2;
        for (const Instruction &in : rule.instructions) {
            if (in.quote && in.name.isEmpty())
                warn(column, Tr::tr("a variable needs a name before '='"));
        }
    }
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); line += m_doc.record(i).lineCount, ++i) {
        if (m_doc.kind(i) == Skipped)
            out.append({line, 1, Diagnostic::Severity::Warning,
                Tr::tr("tcprules skips this line: it has no ':' (expected \"address:instructions\")")});
    }
    std::sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    return out;
}

} // namespace Mailwarden
