#include "qmailcolontable.h"

#include "core/tr.h"
#include "formats/logicallinesplitter.h"

#include <QHash>

namespace Mailwarden {

namespace {

QByteArrayView chopBlanks(QByteArrayView text)
{
    while (!text.isEmpty() && Bytes::isSpace(text.back()))
        text.chop(1);
    return text;
}

bool isOneLine(QByteArrayView text)
{
    return !text.contains('\n') && !text.contains('\r');
}

} // namespace

std::expected<QmailColonTable, ParseError> QmailColonTable::parse(QByteArrayView bytes, const QString &fileName)
{
    LogicalLineOptions options;
    options.continuation = false;
    QmailColonTable table;
    table.m_doc = splitLogicalLines(bytes.toByteArray(), options);
    int line = 1;
    for (qsizetype i = 0; i < table.m_doc.size(); line += table.m_doc.record(i).lineCount, ++i) {
        if (table.m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        const QByteArrayView text = table.m_doc.text(i);
        if (!text.contains(':'))
            return std::unexpected(ParseError {fileName, line, int(chopBlanks(text).size()) + 1,
                Tr::tr("expected \"key:value\"; the line has no ':'")});
    }
    return table;
}

QmailColonTable::Line QmailColonTable::lineAt(qsizetype index) const
{
    const QByteArrayView text = m_doc.text(index);
    const qsizetype colon = text.indexOf(':');
    return Line {text.first(colon).toByteArray(), chopBlanks(text.sliced(colon + 1)).toByteArray(), 0, index};
}

QList<QmailColonTable::Line> QmailColonTable::lines() const
{
    QList<Line> out;
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); line += m_doc.record(i).lineCount, ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content)) {
            out.append(lineAt(i));
            out.last().line = line;
        }
    }
    return out;
}

std::optional<qsizetype> QmailColonTable::indexOf(QByteArrayView key) const
{
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        const QByteArrayView text = m_doc.text(i);
        if (text.first(text.indexOf(':')).compare(key, Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

std::optional<QmailColonTable::Line> QmailColonTable::find(QByteArrayView key) const
{
    const auto index = indexOf(key);
    if (!index)
        return std::nullopt;
    Line l = lineAt(*index);
    l.line = m_doc.lineOf(*index);
    return l;
}

bool QmailColonTable::add(QByteArrayView key, QByteArrayView rest)
{
    if (key.contains(':') || key.startsWith('#') || !isOneLine(key) || !isOneLine(rest) || indexOf(key))
        return false;
    if (key.isEmpty() && rest.isEmpty())
        return false;
    qsizetype after = -1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content) && (key.isEmpty() || !m_doc.text(i).startsWith(':')))
            after = i;
    }
    const QByteArray text = key.toByteArray() + ':' + rest.toByteArray();
    if (after < 0)
        m_doc.append(text, quint8(RecordKind::Content));
    else
        m_doc.insert(after + 1, text, quint8(RecordKind::Content));
    return true;
}

bool QmailColonTable::setRest(QByteArrayView key, QByteArrayView rest)
{
    const auto index = indexOf(key);
    if (!index || !isOneLine(rest))
        return false;
    const QByteArrayView text = m_doc.text(*index);
    const qsizetype colon = text.indexOf(':');
    const QByteArrayView trailing = text.sliced(chopBlanks(text).size());
    m_doc.replace(*index, QByteArray(text.first(colon + 1).toByteArray() + rest.toByteArray() + trailing.toByteArray()),
        quint8(RecordKind::Content));
    return true;
}

bool QmailColonTable::remove(QByteArrayView key)
{
    const auto index = indexOf(key);
    if (index)
        m_doc.remove(*index);
    return index.has_value();
}

QList<Diagnostic> QmailColonTable::duplicates() const
{
    QList<Diagnostic> out;
    QHash<QByteArray, int> seen;
    for (const Line &l : lines()) {
        const QByteArray folded = l.key.toLower();
        if (const auto it = seen.constFind(folded); it != seen.cend())
            out.append({l.line, 1, Diagnostic::Severity::Warning,
                Tr::tr("duplicate key \"%1\" (first on line %2); qmail uses the first")
                    .arg(QString::fromUtf8(l.key))
                    .arg(*it)});
        else
            seen.insert(folded, l.line);
    }
    return out;
}

} // namespace Mailwarden
