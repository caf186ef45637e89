#include "sendmailcf.h"

#include "core/tr.h"
#include "formats/logicallinesplitter.h"

#include <QHash>

#include <algorithm>

namespace Mailwarden {

namespace {

// sendmail's readcf() knows these command letters; anything else is "unknown configuration line".
constexpr QByteArrayView commandLetters = "CDEFHKLMOPQRSTVY";

constexpr const char *knownPrivacyFlags[] = {"public", "needmailhelo", "needexpnhelo", "noexpn", "needvrfyhelo",
    "novrfy", "restrictmailq", "restrictqrun", "noreceipts", "nobodyreturn", "goaway", "authwarnings", "noverb",
    "restrictexpand", "noetrn", "noactualrecipient"};

struct Token {
    qsizetype begin = 0, end = 0;
};

// Flags of a PrivacyOptions value: separated by commas and/or blanks.
QList<Token> flagTokens(QByteArrayView value)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < value.size()) {
        while (i < value.size() && (value.at(i) == ',' || Bytes::isSpace(value.at(i))))
            ++i;
        const qsizetype begin = i;
        while (i < value.size() && value.at(i) != ',' && !Bytes::isSpace(value.at(i)))
            ++i;
        if (i > begin)
            tokens.append(Token {begin, i});
    }
    return tokens;
}

// The value of the field of a DaemonPortOptions/ClientPortOptions list whose key
// starts with \a letter: sendmail tells the fields apart by their first letter.
QByteArray portOptionField(QByteArrayView value, char letter)
{
    for (const QByteArray &field : value.toByteArray().split(',')) {
        const QByteArrayView f = Bytes::trimmed(field);
        const qsizetype eq = f.indexOf('=');
        if (eq > 0 && QChar::toLower(uint(uchar(f.front()))) == QChar::toLower(uint(uchar(letter))))
            return Bytes::trimmed(f.sliced(eq + 1)).toByteArray().toLower();
    }
    return {};
}

// What makes two settings of an option the same setting. Most options are set
// once and the last line wins; each DaemonPortOptions line is another daemon (the
// MTA on 25, the MSA on 587), and ClientPortOptions is kept per address family.
QByteArray settingKey(const SendmailCf::Option &o)
{
    const QByteArray name = o.name.toLower();
    if (name == "daemonportoptions") {
        const QByteArray daemon = portOptionField(o.value, 'N');
        return name + '\0' + (daemon.isEmpty() ? Bytes::trimmed(o.value).toByteArray() : daemon);
    }
    if (name == "clientportoptions") {
        const QByteArray family = portOptionField(o.value, 'F');
        return name + '\0' + (family.isEmpty() ? QByteArrayLiteral("inet") : family);
    }
    return name;
}

} // namespace

std::expected<SendmailCf, ParseError> SendmailCf::parse(QByteArrayView bytes, const QString &fileName)
{
    LogicalLineOptions options;
    options.continuation = true;
    options.commentsInside = false;
    SendmailCf cf;
    cf.m_doc = splitLogicalLines(bytes.toByteArray(), options);
    int line = 1;
    for (qsizetype i = 0; i < cf.m_doc.size(); line += cf.m_doc.record(i).lineCount, ++i) {
        if (cf.m_doc.kind(i) == quint8(RecordKind::Orphan))
            return std::unexpected(
                ParseError {fileName, line, 1, Tr::tr("continuation line without a line before it")});
        if (cf.m_doc.kind(i) == quint8(RecordKind::Content) && !commandLetters.contains(cf.m_doc.text(i).front()))
            return std::unexpected(ParseError {fileName, line, 1,
                Tr::tr("unknown configuration line: '%1' is no sendmail.cf command")
                    .arg(QLatin1Char(cf.m_doc.text(i).front()))});
    }
    return cf;
}

std::optional<SendmailCf::OptionSpan> SendmailCf::optionSpan(QByteArrayView text)
{
    // Long form only: "O" blank name [blanks] "=" [blanks] value.
    if (text.size() < 3 || text.front() != 'O' || !Bytes::isBlank(text.at(1)))
        return std::nullopt;
    OptionSpan s;
    s.nameBegin = Bytes::skipSpace(text, 1);
    s.nameEnd = s.nameBegin;
    while (s.nameEnd < text.size() && text.at(s.nameEnd) != '=' && !Bytes::isSpace(text.at(s.nameEnd)))
        ++s.nameEnd;
    qsizetype i = Bytes::skipSpace(text, s.nameEnd);
    if (i < text.size() && text.at(i) == '=')
        i = Bytes::skipSpace(text, i + 1);
    s.valueBegin = qMin(i, text.size());
    s.valueEnd = text.size();
    while (s.valueEnd > s.valueBegin && Bytes::isSpace(text.at(s.valueEnd - 1)))
        --s.valueEnd;
    return s;
}

QList<SendmailCf::Option> SendmailCf::options() const
{
    QList<Option> out;
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); line += m_doc.record(i).lineCount, ++i) {
        if (m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        const QByteArrayView text = m_doc.text(i);
        if (const auto s = optionSpan(text))
            out.append(Option {text.sliced(s->nameBegin, s->nameEnd - s->nameBegin).toByteArray(),
                text.sliced(s->valueBegin, s->valueEnd - s->valueBegin).toByteArray(), line});
    }
    return out;
}

std::optional<SendmailCf::OptionSpan> SendmailCf::lastOption(QByteArrayView name) const
{
    for (qsizetype i = m_doc.size() - 1; i >= 0; --i) {
        if (m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        const QByteArrayView text = m_doc.text(i);
        auto s = optionSpan(text);
        if (s && text.sliced(s->nameBegin, s->nameEnd - s->nameBegin).compare(name, Qt::CaseInsensitive) == 0) {
            s->record = i;
            return s;
        }
    }
    return std::nullopt;
}

std::optional<QByteArray> SendmailCf::option(QByteArrayView name) const
{
    const auto s = lastOption(name);
    if (!s)
        return std::nullopt;
    return m_doc.text(s->record).sliced(s->valueBegin, s->valueEnd - s->valueBegin).toByteArray();
}

bool SendmailCf::setOption(QByteArrayView name, QByteArrayView value)
{
    if (value.contains('\n') || value.contains('\r') || name.isEmpty() || name.contains('=') || name.contains(' '))
        return false;
    if (const auto s = lastOption(name)) {
        const QByteArrayView text = m_doc.text(s->record);
        QByteArray line = text.first(s->valueBegin).toByteArray();
        if (!line.contains('='))
            line = text.first(s->nameEnd).toByteArray() + '=';
        m_doc.replace(s->record, QByteArray(line + value.toByteArray() + text.sliced(s->valueEnd).toByteArray()),
            quint8(RecordKind::Content));
        return true;
    }
    qsizetype after = -1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content) && optionSpan(m_doc.text(i)))
            after = i;
    }
    const QByteArray line = "O " + name.toByteArray() + '=' + value.toByteArray();
    if (after < 0)
        m_doc.append(line, quint8(RecordKind::Content));
    else
        m_doc.insert(after + 1, line, quint8(RecordKind::Content));
    return true;
}

bool SendmailCf::removeOption(QByteArrayView name)
{
    bool removed = false;
    while (const auto s = lastOption(name)) {
        m_doc.remove(s->record);
        removed = true;
    }
    return removed;
}

QList<QByteArray> SendmailCf::privacyFlags() const
{
    QList<QByteArray> flags;
    const QByteArray value = option("PrivacyOptions").value_or(QByteArray());
    for (const Token &t : flagTokens(value))
        flags.append(value.sliced(t.begin, t.end - t.begin).toLower());
    return flags;
}

bool SendmailCf::setPrivacyFlag(QByteArrayView flag, bool on)
{
    if (flag.isEmpty() || flagTokens(flag).size() != 1 || flagTokens(flag).first().end != flag.size())
        return false;
    const auto s = lastOption("PrivacyOptions");
    if (!s)
        return on && setOption("PrivacyOptions", flag);
    const QByteArrayView text = m_doc.text(s->record);
    const QByteArrayView value = text.sliced(s->valueBegin, s->valueEnd - s->valueBegin);
    const QList<Token> tokens = flagTokens(value);
    const auto it = std::find_if(tokens.begin(), tokens.end(),
        [&](const Token &t) { return value.sliced(t.begin, t.end - t.begin).compare(flag, Qt::CaseInsensitive) == 0; });
    if ((it != tokens.end()) == on)
        return false;
    QByteArray newValue;
    if (on) {
        // Copy the separator between the first two flags; a single flag gets ",".
        const QByteArrayView separator
            = tokens.size() >= 2 ? value.sliced(tokens[0].end, tokens[1].begin - tokens[0].end) : QByteArrayView(",");
        newValue = tokens.isEmpty() ? flag.toByteArray()
                                    : value.first(tokens.last().end).toByteArray() + separator.toByteArray()
                + flag.toByteArray() + value.sliced(tokens.last().end).toByteArray();
    } else {
        const qsizetype k = it - tokens.begin();
        const bool last = k + 1 == tokens.size();
        const qsizetype from = last ? (k > 0 ? tokens[k - 1].end : it->begin) : it->begin;
        const qsizetype to = last ? it->end : tokens[k + 1].begin;
        newValue = value.first(from).toByteArray() + value.sliced(to).toByteArray();
    }
    QByteArray prefix = text.first(s->valueBegin).toByteArray();
    if (!prefix.contains('='))
        prefix = text.first(s->nameEnd).toByteArray() + '=';
    m_doc.replace(
        s->record, QByteArray(prefix + newValue + text.sliced(s->valueEnd).toByteArray()), quint8(RecordKind::Content));
    return true;
}

QList<Diagnostic> SendmailCf::check() const
{
    QList<Diagnostic> out;
    QHash<QByteArray, int> seen;
    for (const Option &o : options()) {
        const QByteArray folded = o.name.toLower();
        const QByteArray key = settingKey(o);
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            if (folded == "daemonportoptions")
                out.append({o.line, 3, Diagnostic::Severity::Warning,
                    Tr::tr("a second daemon with the same name or options as the one on line %1").arg(*it)});
            else
                out.append({o.line, 3, Diagnostic::Severity::Warning,
                    Tr::tr("option %1 set again (first on line %2); the last one wins")
                        .arg(QString::fromUtf8(o.name))
                        .arg(*it)});
        }
        seen.insert(key, o.line);
        if (folded != "privacyoptions")
            continue;
        for (const Token &t : flagTokens(o.value)) {
            const QByteArray flag = o.value.sliced(t.begin, t.end - t.begin).toLower();
            if (std::none_of(std::begin(knownPrivacyFlags), std::end(knownPrivacyFlags),
                    [&](const char *k) { return flag == k; }))
                out.append({o.line, 1, Diagnostic::Severity::Warning,
                    Tr::tr("unknown privacy flag \"%1\"").arg(QString::fromUtf8(flag))});
        }
    }
    return out;
}

} // namespace Mailwarden
