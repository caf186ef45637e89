#include "recorddocument.h"

namespace Mailwarden {

RecordDocument::RecordDocument(QByteArray source) : m_source(std::move(source)) { }

void RecordDocument::appendSpan(qsizetype offset, qint32 length, qint32 lineCount, quint8 kind)
{
    m_records.append(TextRecord {offset, length, lineCount, kind, false});
}

QByteArrayView RecordDocument::bytes(qsizetype index) const
{
    const TextRecord &r = m_records.at(index);
    if (r.edited)
        return QByteArrayView(m_edits.at(r.offset));
    return QByteArrayView(m_source.constData() + r.offset, r.length);
}

QByteArrayView RecordDocument::text(qsizetype index) const
{
    QByteArrayView b = bytes(index);
    if (b.endsWith('\n'))
        b.chop(1);
    if (b.endsWith('\r') && bytes(index).endsWith('\n'))
        b.chop(1);
    return b;
}

int RecordDocument::lineOf(qsizetype index) const
{
    int line = 1;
    for (qsizetype i = 0; i < index && i < m_records.size(); ++i)
        line += m_records.at(i).lineCount;
    return line;
}

QByteArray RecordDocument::lineEnding() const
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const QByteArrayView b = bytes(i);
        const qsizetype nl = b.indexOf('\n');
        if (nl >= 0)
            return nl > 0 && b.at(nl - 1) == '\r' ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    }
    return QByteArrayLiteral("\n");
}

QByteArray RecordDocument::normalized(QByteArrayView text, QByteArrayView eol, bool finalEnding)
{
    // Only '\n' is translated: every other byte (a lone CR included) is the
    // caller's text and stays as it is, so untouched parts of a line keep their bytes.
    QByteArray out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        if (c == '\n')
            out += eol;
        else
            out += c;
    }
    if (finalEnding)
        out += eol;
    return out;
}

void RecordDocument::replace(qsizetype index, QByteArrayView text, quint8 kind)
{
    TextRecord &r = m_records[index];
    // The record keeps its own line ending (a mixed CRLF/LF file stays mixed).
    const QByteArrayView old = bytes(index);
    const bool hadEnding = old.endsWith('\n');
    const QByteArray eol = !hadEnding ? lineEnding()
        : old.endsWith("\r\n")        ? QByteArrayLiteral("\r\n")
                                      : QByteArrayLiteral("\n");
    m_edits.append(normalized(text, eol, hadEnding));
    r.offset = m_edits.size() - 1;
    r.length = qint32(m_edits.last().size());
    r.lineCount = qint32(text.count('\n') + 1);
    r.kind = kind;
    r.edited = true;
}

void RecordDocument::insert(qsizetype index, QByteArrayView text, quint8 kind, QByteArrayView eol)
{
    const QByteArray ending = eol.isEmpty() ? lineEnding() : eol.toByteArray();
    // Inserting after a last record without final newline would glue the lines together.
    if (index == m_records.size() && index > 0 && !bytes(index - 1).endsWith('\n')) {
        // A last line ending in a lone CR needs CRLF: "\n" alone would turn its CR into
        // the line ending and drop it from the text (a closing quote in qmail-tcprules).
        const QByteArrayView last = bytes(index - 1);
        const QByteArray previous = last.toByteArray() + (last.endsWith('\r') ? QByteArrayLiteral("\r\n") : ending);
        m_edits.append(previous);
        TextRecord &p = m_records[index - 1];
        p.offset = m_edits.size() - 1;
        p.length = qint32(previous.size());
        p.edited = true;
    }
    m_edits.append(normalized(text, ending, true));
    m_records.insert(index,
        TextRecord {m_edits.size() - 1, qint32(m_edits.last().size()), qint32(text.count('\n') + 1), kind, true});
}

void RecordDocument::append(QByteArrayView text, quint8 kind)
{
    insert(m_records.size(), text, kind);
}

void RecordDocument::remove(qsizetype index)
{
    m_records.remove(index);
}

void RecordDocument::move(qsizetype from, qsizetype count, qsizetype to)
{
    Q_ASSERT(from >= 0 && count > 0 && from + count <= m_records.size() && (to <= from || to >= from + count));
    if (to == from || to == from + count)
        return;
    const qsizetype last = m_records.size() - 1;
    if (last >= 0 && !bytes(last).endsWith('\n')) {
        const QByteArrayView tail = bytes(last);
        m_edits.append(tail.toByteArray() + (tail.endsWith('\r') ? QByteArrayLiteral("\r\n") : lineEnding()));
        TextRecord &r = m_records[last];
        r.offset = m_edits.size() - 1;
        r.length = qint32(m_edits.last().size());
        r.edited = true;
    }
    const QList<TextRecord> moved = m_records.mid(from, count);
    m_records.remove(from, count);
    const qsizetype at = to > from ? to - count : to;
    for (qsizetype i = 0; i < count; ++i)
        m_records.insert(at + i, moved.at(i));
    m_reordered = true;
}

qsizetype RecordDocument::byteSize() const
{
    qsizetype total = 0;
    for (const TextRecord &r : m_records)
        total += r.length;
    return total;
}

QByteArray RecordDocument::toBytes() const
{
    // Untouched file: hand back the original buffer itself (no copy at all).
    if (m_edits.isEmpty() && !m_reordered && byteSize() == m_source.size())
        return m_source;
    QByteArray out;
    out.reserve(byteSize());
    for (qsizetype i = 0; i < m_records.size(); ++i)
        out += bytes(i);
    return out;
}

} // namespace Mailwarden
