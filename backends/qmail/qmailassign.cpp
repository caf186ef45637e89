#include "qmailassign.h"

#include "core/tr.h"
#include "formats/logicallinesplitter.h"

#include <QHash>

#include <algorithm>

namespace Mailwarden {

namespace {

bool isNumber(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::optional<QmailAssign::Entry> QmailAssign::decode(QByteArrayView text)
{
    if (text.isEmpty() || (text.front() != '=' && text.front() != '+') || text.count(':') != 7 || !text.endsWith(':'))
        return std::nullopt;
    QList<QByteArrayView> f;
    qsizetype start = 1;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i) == ':') {
            f.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    return Entry {text.front(), f[0].toByteArray(), f[1].toByteArray(), f[2].toByteArray(), f[3].toByteArray(),
        f[4].toByteArray(), f[5].toByteArray(), f[6].toByteArray(), 0};
}

std::expected<QmailAssign, ParseError> QmailAssign::parse(QByteArrayView bytes, const QString &fileName)
{
    LogicalLineOptions options;
    options.continuation = false;
    options.commentChar = 0; // users/assign has no comments
    QmailAssign assign;
    assign.m_doc = splitLogicalLines(bytes.toByteArray(), options);
    bool ended = false;
    int line = 1;
    for (qsizetype i = 0; i < assign.m_doc.size(); line += assign.m_doc.record(i).lineCount, ++i) {
        const QByteArrayView text = assign.m_doc.text(i);
        if (ended)
            continue; // qmail-newu stops at "."; check() warns about the rest
        if (text == ".") {
            ended = true;
            continue;
        }
        if (text.isEmpty() || (text.front() != '=' && text.front() != '+'))
            return std::unexpected(
                ParseError {fileName, line, 1, Tr::tr("expected a line starting with '=' or '+', or the final \".\"")});
        if (text.count(':') != 7 || !text.endsWith(':'))
            return std::unexpected(ParseError {fileName, line, int(text.size()) + 1,
                Tr::tr("expected seven fields, each ended by ':' (local:user:uid:gid:home:dash:ext:)")});
    }
    return assign;
}

QByteArray QmailAssign::format(const Entry &e)
{
    return QByteArray(1, e.type) + e.local + ':' + e.user + ':' + e.uid + ':' + e.gid + ':' + e.home + ':' + e.dash
        + ':' + e.extension + ':';
}

bool QmailAssign::isValid(const Entry &e)
{
    const QList<QByteArray> fields {e.local, e.user, e.uid, e.gid, e.home, e.dash, e.extension};
    return (e.type == '=' || e.type == '+') && std::none_of(fields.begin(), fields.end(), [](const QByteArray &f) {
        return f.contains(':') || f.contains('\n') || f.contains('\r');
    });
}

qsizetype QmailAssign::terminator() const
{
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.text(i) == ".")
            return i;
    }
    return -1;
}

bool QmailAssign::hasTerminator() const
{
    return terminator() >= 0;
}

QList<QmailAssign::Entry> QmailAssign::entries() const
{
    QList<Entry> out;
    const qsizetype end = terminator() < 0 ? m_doc.size() : terminator();
    int line = 1;
    for (qsizetype i = 0; i < end; line += m_doc.record(i).lineCount, ++i) {
        if (auto e = decode(m_doc.text(i))) {
            e->line = line;
            out.append(*e);
        }
    }
    return out;
}

std::optional<qsizetype> QmailAssign::indexOf(char type, QByteArrayView local) const
{
    const qsizetype end = terminator() < 0 ? m_doc.size() : terminator();
    for (qsizetype i = 0; i < end; ++i) {
        const auto e = decode(m_doc.text(i));
        if (e && e->type == type && e->local == local)
            return i;
    }
    return std::nullopt;
}

std::optional<QmailAssign::Entry> QmailAssign::find(char type, QByteArrayView local) const
{
    const auto index = indexOf(type, local);
    if (!index)
        return std::nullopt;
    auto e = decode(m_doc.text(*index));
    e->line = m_doc.lineOf(*index);
    return e;
}

bool QmailAssign::addEntry(const Entry &entry)
{
    if (!isValid(entry) || indexOf(entry.type, entry.local))
        return false;
    const qsizetype end = terminator();
    if (end >= 0) {
        m_doc.insert(end, format(entry), quint8(RecordKind::Content));
    } else {
        m_doc.append(format(entry), quint8(RecordKind::Content));
        m_doc.append(".", quint8(RecordKind::Content));
    }
    return true;
}

bool QmailAssign::setEntry(const Entry &entry)
{
    const auto index = indexOf(entry.type, entry.local);
    if (!index || !isValid(entry))
        return false;
    m_doc.replace(*index, format(entry), quint8(RecordKind::Content));
    return true;
}

bool QmailAssign::removeEntry(char type, QByteArrayView local)
{
    const auto index = indexOf(type, local);
    if (index)
        m_doc.remove(*index);
    return index.has_value();
}

QList<Diagnostic> QmailAssign::check() const
{
    QList<Diagnostic> out;
    QHash<QByteArray, int> seen;
    for (const Entry &e : entries()) {
        auto warn = [&](const QString &message) { out.append({e.line, 1, Diagnostic::Severity::Warning, message}); };
        const QByteArray key = e.type + e.local;
        if (const auto it = seen.constFind(key); it != seen.cend())
            warn(Tr::tr("duplicate %1%2 (first on line %3)")
                    .arg(QLatin1Char(e.type))
                    .arg(QString::fromUtf8(e.local))
                    .arg(*it));
        else
            seen.insert(key, e.line);
        if (!isNumber(e.uid) || !isNumber(e.gid))
            warn(Tr::tr("uid and gid must be numbers"));
        if (!e.home.startsWith('/'))
            warn(Tr::tr("the home directory must be an absolute path"));
        if (!e.dash.isEmpty() && e.dash != "-")
            warn(Tr::tr("the dash field must be empty or \"-\""));
    }
    const qsizetype end = terminator();
    int lines = 0;
    for (qsizetype i = 0; i < m_doc.size(); ++i)
        lines += m_doc.record(i).lineCount;
    if (end < 0)
        out.append({qMax(lines, 1), 1, Diagnostic::Severity::Warning,
            Tr::tr("missing the final \".\" line; qmail-newu refuses the file")});
    else if (end + 1 < m_doc.size())
        out.append({m_doc.lineOf(end + 1), 1, Diagnostic::Severity::Warning,
            Tr::tr("lines after the final \".\" are ignored")});
    return out;
}

} // namespace Mailwarden
