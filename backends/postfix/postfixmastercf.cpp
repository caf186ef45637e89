#include "postfixmastercf.h"

#include "core/tr.h"
#include "formats/logicallinesplitter.h"

#include <QHash>

namespace Mailwarden {

namespace {

bool isDigits(QByteArrayView t)
{
    if (t.isEmpty())
        return false;
    for (char c : t) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool isElision(QByteArrayView token)
{
    return token.contains("...") || token == "." || token == "..";
}

// Template placeholders of configuration generators (iRedMail's PH_NAME, @NAME@, %NAME%, {{ name }}).
bool isPlaceholder(QByteArrayView token)
{
    if (token.size() >= 3 && (token.front() == '@' || token.front() == '%') && token.back() == token.front())
        return true;
    if (token.startsWith("{{") || token.startsWith("${"))
        return true;
    bool underscore = false;
    for (char c : token) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
        underscore = underscore || c == '_';
    }
    return underscore && token.size() > 3;
}

// postconf -P input: "service/type/parameter=value" on one line.
bool isParameterOverride(QByteArrayView text)
{
    const qsizetype eq = text.indexOf('=');
    if (eq < 0 || Bytes::trimmed(text).contains(' '))
        return false;
    return text.first(eq).count('/') == 2;
}

// postconf's field checks; returns the index of the bad field and the message.
std::optional<std::pair<int, QString>> validateFields(const QList<QByteArrayView> &f)
{
    static const QByteArrayView types[] = {"inet", "unix", "unix-dgram", "fifo", "pass"};
    if (std::find(std::begin(types), std::end(types), f[1]) == std::end(types))
        return std::pair {1, Tr::tr("invalid type field \"%1\"").arg(QString::fromUtf8(f[1]))};
    static const char *const names[] = {"private", "unprivileged", "chroot"};
    for (int i = 2; i <= 4; ++i) {
        if (f[i] != "y" && f[i] != "n" && f[i] != "-")
            return std::pair {
                i, Tr::tr("invalid %1 field \"%2\"").arg(QLatin1String(names[i - 2]), QString::fromUtf8(f[i]))};
    }
    QByteArrayView wakeup = f[5];
    if (wakeup.endsWith('?'))
        wakeup.chop(1);
    if (wakeup != "-" && !isDigits(wakeup))
        return std::pair {5, Tr::tr("invalid wakeup field \"%1\"").arg(QString::fromUtf8(f[5]))};
    if (f[6] != "-" && !isDigits(f[6]))
        return std::pair {6, Tr::tr("invalid process_limit field \"%1\"").arg(QString::fromUtf8(f[6]))};
    return std::nullopt;
}

// "-o" option tokens: returns {name, value} pairs from an argument list.
QList<std::pair<QByteArray, QByteArray>> optionsOf(const QList<QByteArray> &args)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QByteArray option;
        if (args[i] == "-o" && i + 1 < args.size())
            option = args[++i];
        else if (args[i].startsWith("-o") && args[i].size() > 2)
            option = args[i].mid(2);
        else
            continue;
        if (option.startsWith('{') && option.endsWith('}'))
            option = option.mid(1, option.size() - 2).trimmed();
        const qsizetype eq = option.indexOf('=');
        if (eq < 0)
            out.append({option, {}});
        else
            out.append({option.left(eq).trimmed(), option.mid(eq + 1).trimmed()});
    }
    return out;
}

} // namespace

std::expected<QList<PostfixMasterCf::Token>, PostfixMasterCf::TokenError> PostfixMasterCf::tokenize(QByteArrayView text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (true) {
        while (i < text.size() && Bytes::isSpace(text.at(i))) {
            if (text.at(i) == '\n') {
                qsizetype j = i + 1;
                while (j < text.size() && Bytes::isBlank(text.at(j)))
                    ++j;
                if (j < text.size() && text.at(j) == '#') {
                    const qsizetype nl = text.indexOf('\n', j);
                    i = nl < 0 ? text.size() : nl;
                    continue;
                }
            }
            ++i;
        }
        if (i >= text.size())
            break;
        const qsizetype begin = i;
        if (text.at(i) == '{') {
            int depth = 0;
            for (; i < text.size(); ++i) {
                if (text.at(i) == '{')
                    ++depth;
                else if (text.at(i) == '}' && --depth == 0)
                    break;
            }
            if (i >= text.size())
                return std::unexpected(TokenError {begin, Tr::tr("missing '}' for this '{'")});
            ++i;
            if (i < text.size() && !Bytes::isSpace(text.at(i)))
                return std::unexpected(TokenError {i, Tr::tr("syntax error after '}'")});
        } else {
            i = Bytes::skipNonSpace(text, i);
        }
        tokens.append(Token {begin, i});
    }
    return tokens;
}

std::expected<PostfixMasterCf, ParseError> PostfixMasterCf::parse(const QByteArray &bytes, const QString &fileName)
{
    PostfixMasterCf cf;
    cf.m_doc = splitLogicalLines(bytes);
    int line = 1;
    bool afterCommentedService = false;
    for (qsizetype i = 0; i < cf.m_doc.size(); ++i) {
        const int here = line;
        line += cf.m_doc.record(i).lineCount;
        const QByteArrayView text = cf.m_doc.text(i);
        if (cf.m_doc.kind(i) == quint8(RecordKind::Comment)) {
            const QByteArrayView rest = text.sliced(text.indexOf('#') + 1);
            if (afterCommentedService && !rest.isEmpty() && Bytes::isBlank(rest.front())) {
                const QByteArrayView t = Bytes::trimmed(rest);
                const QByteArrayView first = t.first(Bytes::skipNonSpace(t, 0));
                if (first.startsWith('-') || first.contains('=')) {
                    cf.m_doc.setKind(i, CommentedContinuation);
                    continue;
                }
            }
            afterCommentedService = false;
            const auto tokens = tokenize(rest);
            if (tokens && tokens->size() >= 8 && !Bytes::isBlank(rest.isEmpty() ? ' ' : rest.front())) {
                QList<QByteArrayView> f;
                for (int k = 0; k < 8; ++k)
                    f.append(rest.sliced(tokens->at(k).begin, tokens->at(k).end - tokens->at(k).begin));
                if (!validateFields(f)) {
                    cf.m_doc.setKind(i, CommentedService);
                    afterCommentedService = true;
                }
            }
            continue;
        }
        if (cf.m_doc.kind(i) == quint8(RecordKind::Blank))
            continue;
        afterCommentedService = false;
        if (cf.m_doc.kind(i) == quint8(RecordKind::Orphan))
            return std::unexpected(
                ParseError {fileName, here, 1, Tr::tr("continuation line without a service before it")});
        if (isParameterOverride(text)) {
            cf.m_doc.setKind(i, ParameterOverride);
            continue;
        }
        const auto tokens = tokenize(text);
        if (!tokens) {
            const auto [l, c] = Bytes::position(text, tokens.error().offset, here);
            return std::unexpected(ParseError {fileName, l, c, tokens.error().message});
        }
        bool elided = false;
        QList<QByteArrayView> f;
        for (const Token &t : *tokens) {
            f.append(text.sliced(t.begin, t.end - t.begin));
            elided = elided || isElision(f.last()) || (f.size() <= 8 && isPlaceholder(f.last()));
        }
        if (elided) {
            cf.m_doc.setKind(i, ElidedService);
            continue;
        }
        if (f.size() < 8) {
            const auto [l, c] = Bytes::position(text, tokens->isEmpty() ? 0 : tokens->last().end, here);
            return std::unexpected(ParseError {fileName, l, c,
                Tr::tr("missing fields: a service needs 8 (name type private unpriv chroot wakeup maxproc command)")});
        }
        if (const auto bad = validateFields(f)) {
            const auto [l, c] = Bytes::position(text, tokens->at(bad->first).begin, here);
            return std::unexpected(ParseError {fileName, l, c, bad->second});
        }
        cf.m_doc.setKind(i, Service);
    }
    return cf;
}

QByteArray PostfixMasterCf::serviceText(qsizetype index) const
{
    if (m_doc.kind(index) == Service)
        return m_doc.text(index).toByteArray();
    auto uncomment = [](QByteArrayView t) {
        const qsizetype hash = t.indexOf('#');
        return QByteArray(t.first(hash).toByteArray() + t.sliced(hash + 1).toByteArray());
    };
    QByteArray out = uncomment(m_doc.text(index));
    for (qsizetype i = index + 1; i < m_doc.size() && m_doc.kind(i) == CommentedContinuation; ++i)
        out += '\n' + uncomment(m_doc.text(i));
    return out;
}

PostfixService PostfixMasterCf::serviceAt(qsizetype index) const
{
    const QByteArray text = serviceText(index);
    const auto tokens = tokenize(text);
    PostfixService s;
    s.enabled = m_doc.kind(index) == Service;
    QList<QByteArray> f;
    for (const Token &t : tokens.value_or(QList<Token> {}))
        f.append(text.mid(t.begin, t.end - t.begin));
    while (f.size() < 8)
        f.append(QByteArray());
    s.name = f[0];
    s.type = f[1];
    s.privateField = f[2];
    s.unprivileged = f[3];
    s.chroot = f[4];
    s.wakeup = f[5];
    s.maxproc = f[6];
    s.command = f[7];
    s.arguments = f.mid(8);
    s.options = optionsOf(s.arguments);
    return s;
}

QList<PostfixService> PostfixMasterCf::services() const
{
    QList<PostfixService> list;
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == Service || m_doc.kind(i) == CommentedService) {
            list.append(serviceAt(i));
            list.last().line = line;
        }
        line += m_doc.record(i).lineCount;
    }
    return list;
}

std::optional<qsizetype> PostfixMasterCf::indexOf(QByteArrayView name, QByteArrayView type) const
{
    // An active service wins over a commented-out one of the same name.
    std::optional<qsizetype> commented;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) != Service && m_doc.kind(i) != CommentedService)
            continue;
        const PostfixService s = serviceAt(i);
        if (s.name == name && s.type == type) {
            if (s.enabled)
                return i;
            if (!commented)
                commented = i;
        }
    }
    return commented;
}

std::optional<PostfixService> PostfixMasterCf::service(QByteArrayView name, QByteArrayView type) const
{
    const auto index = indexOf(name, type);
    if (!index)
        return std::nullopt;
    PostfixService s = serviceAt(*index);
    s.line = m_doc.lineOf(*index);
    return s;
}

} // namespace Mailwarden
