#include "qmaildotqmail.h"

#include "core/tr.h"
#include "formats/logicallinesplitter.h"

#include <QHash>

namespace Mailwarden {

namespace {

QByteArrayView chopBlanks(QByteArrayView text)
{
    while (!text.isEmpty() && Bytes::isBlank(text.back()))
        text.chop(1);
    return text;
}

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

using LineError = std::pair<int, QString>;

// dot-qmail(5): "must contain a fully qualified domain name; must not contain
// extra spaces, angle brackets, or comments". \a offset is the address column - 1.
std::optional<LineError> addressError(QByteArrayView address, int offset)
{
    if (address.isEmpty())
        return LineError {offset + 1, Tr::tr("forward without an address")};
    for (qsizetype i = 0; i < address.size(); ++i) {
        const char c = address.at(i);
        if (Bytes::isSpace(c))
            return LineError {offset + int(i) + 1,
                i == 0 ? Tr::tr("blank before the forward address")
                       : Tr::tr("extra text after the forward address (no comments allowed)")};
        if (c == '<' || c == '>')
            return LineError {offset + int(i) + 1, Tr::tr("angle brackets around a forward address")};
        if (c == '(' || c == ')')
            return LineError {offset + int(i) + 1, Tr::tr("comment in a forward address")};
    }
    const qsizetype at = address.lastIndexOf('@');
    if (at >= 0) {
        const QByteArrayView domain = address.sliced(at + 1);
        if (domain.isEmpty() || (!domain.contains('.') && !domain.startsWith('[')) || domain.startsWith('.')
            || domain.endsWith('.'))
            return LineError {offset + int(at) + 2,
                Tr::tr("\"%1\" is no fully qualified domain name").arg(QString::fromUtf8(domain))};
    }
    return std::nullopt;
}

} // namespace

std::expected<QmailDotQmail::Delivery, std::pair<int, QString>> QmailDotQmail::parseLine(QByteArrayView raw)
{
    const QByteArrayView text = chopBlanks(raw);
    if (text.isEmpty())
        return std::unexpected(LineError {1, Tr::tr("empty delivery instruction")});
    Delivery d;
    d.text = text.toByteArray();
    switch (text.front()) {
    case '#':
        d.kind = Kind::Comment;
        d.target = text.sliced(1).toByteArray();
        return d;
    case '|':
        d.kind = Kind::Program;
        d.target = text.sliced(1).toByteArray();
        if (Bytes::trimmed(d.target).isEmpty())
            return std::unexpected(LineError {2, Tr::tr("program line without a command")});
        return d;
    case '/':
    case '.':
        d.kind = text.endsWith('/') ? Kind::Maildir : Kind::Mbox;
        d.target = d.text;
        return d;
    case '&':
        d.kind = Kind::Forward;
        d.target = text.sliced(1).toByteArray();
        if (const auto error = addressError(d.target, 1))
            return std::unexpected(*error);
        return d;
    default:
        if (!isAlnum(text.front()))
            return std::unexpected(LineError {
                1, Tr::tr("unknown delivery instruction: a line starts with #, |, /, ., & or a letter or digit")});
        d.kind = Kind::Forward;
        d.target = d.text;
        if (const auto error = addressError(d.target, 0))
            return std::unexpected(*error);
        return d;
    }
}

std::expected<QmailDotQmail, ParseError> QmailDotQmail::parse(QByteArrayView bytes, const QString &fileName)
{
    LogicalLineOptions options;
    options.continuation = false;
    options.commentChar = 0; // only a '#' in column 1 is a comment; classified per line below
    QmailDotQmail dot;
    dot.m_doc = splitLogicalLines(bytes.toByteArray(), options);
    int line = 1;
    for (qsizetype i = 0; i < dot.m_doc.size(); line += dot.m_doc.record(i).lineCount, ++i) {
        if (dot.m_doc.kind(i) == quint8(RecordKind::Blank))
            continue;
        const auto parsed = parseLine(dot.m_doc.text(i));
        if (!parsed)
            return std::unexpected(ParseError {fileName, line, parsed.error().first, parsed.error().second});
    }
    return dot;
}

QList<QmailDotQmail::Delivery> QmailDotQmail::deliveries() const
{
    QList<Delivery> out;
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); line += m_doc.record(i).lineCount, ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Blank))
            continue;
        if (auto d = parseLine(m_doc.text(i))) {
            d->line = line;
            out.append(*d);
        }
    }
    return out;
}

std::optional<qsizetype> QmailDotQmail::indexOf(QByteArrayView line) const
{
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) != quint8(RecordKind::Blank) && chopBlanks(m_doc.text(i)) == chopBlanks(line))
            return i;
    }
    return std::nullopt;
}

bool QmailDotQmail::addDelivery(QByteArrayView line)
{
    if (line.contains('\n') || line.contains('\r') || !parseLine(line))
        return false;
    qsizetype after = -1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) != quint8(RecordKind::Blank))
            after = i;
    }
    if (after < 0)
        m_doc.append(line, quint8(RecordKind::Content));
    else
        m_doc.insert(after + 1, line, quint8(RecordKind::Content));
    return true;
}

bool QmailDotQmail::setDelivery(QByteArrayView oldLine, QByteArrayView newLine)
{
    const auto index = indexOf(oldLine);
    if (!index || newLine.contains('\n') || newLine.contains('\r') || !parseLine(newLine))
        return false;
    m_doc.replace(*index, newLine, quint8(RecordKind::Content));
    return true;
}

bool QmailDotQmail::removeDelivery(QByteArrayView line)
{
    const auto index = indexOf(line);
    if (index)
        m_doc.remove(*index);
    return index.has_value();
}

QList<Diagnostic> QmailDotQmail::check() const
{
    QList<Diagnostic> out;
    if (m_doc.size() > 0 && m_doc.kind(0) == quint8(RecordKind::Blank))
        out.append({1, 1, Diagnostic::Severity::Warning, Tr::tr("the first line of a .qmail file must not be blank")});
    QHash<QByteArray, int> seen;
    for (const Delivery &d : deliveries()) {
        if (d.kind == Kind::Comment)
            continue;
        if (d.kind == Kind::Forward && !d.target.contains('@'))
            out.append({d.line, 1, Diagnostic::Severity::Warning,
                Tr::tr("unqualified forward \"%1\": qmail adds its default host").arg(QString::fromUtf8(d.target))});
        if (const auto it = seen.constFind(d.text); it != seen.cend())
            out.append({d.line, 1, Diagnostic::Severity::Warning,
                Tr::tr("same instruction as line %1: the message is delivered twice").arg(*it)});
        else
            seen.insert(d.text, d.line);
    }
    return out;
}

} // namespace Mailwarden
