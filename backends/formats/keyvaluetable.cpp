#include "keyvaluetable.h"

#include "core/tr.h"
#include "separatorstyle.h"

#include <QHash>

namespace Mailwarden {

std::expected<KeyValueTable, ParseError> KeyValueTable::parse(
    const QByteArray &bytes, const QString &fileName, const KeyValueOptions &options)
{
    Q_UNUSED(fileName);
    KeyValueTable table;
    table.m_options = options;
    table.m_doc = splitLogicalLines(bytes, options.lines);
    return table;
}

KeyValueSplit KeyValueTable::split(QByteArrayView text, bool quotedKeys)
{
    KeyValueSplit s;
    qsizetype i = Bytes::skipSpace(text, 0);
    s.keyBegin = i;
    if (quotedKeys && i < text.size() && text.at(i) == '"') {
        ++i;
        bool closed = false;
        while (i < text.size()) {
            const char c = text.at(i);
            if (c == '\\' && i + 1 < text.size()) {
                s.key += text.at(i + 1);
                i += 2;
                continue;
            }
            ++i;
            if (c == '"') {
                closed = true;
                break;
            }
            s.key += c;
        }
        if (!closed) {
            // Postmap warns and takes the text up to the first blank: do the same, losslessly.
            s.unbalancedQuote = true;
            i = Bytes::skipNonSpace(text, s.keyBegin);
            s.key = text.sliced(s.keyBegin, i - s.keyBegin).toByteArray();
        }
    } else {
        while (i < text.size() && !Bytes::isSpace(text.at(i))) {
            if (quotedKeys && text.at(i) == '\\' && i + 1 < text.size() && Bytes::isBlank(text.at(i + 1))) {
                s.key += text.at(i + 1);
                i += 2;
                continue;
            }
            s.key += text.at(i++);
        }
    }
    s.keyEnd = i;
    s.valueBegin = Bytes::skipSpace(text, i);
    return s;
}

KeyValueEntry KeyValueTable::entryAt(qsizetype index) const
{
    const QByteArrayView text = m_doc.text(index);
    const KeyValueSplit s = split(text, m_options.quotedKeys);
    KeyValueEntry e;
    e.key = s.key;
    e.value = Bytes::joinLogicalLine(text.sliced(s.valueBegin), m_options.lines.commentChar);
    e.index = index;
    e.unbalancedQuote = s.unbalancedQuote;
    return e;
}

QList<KeyValueEntry> KeyValueTable::entries() const
{
    QList<KeyValueEntry> list;
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content)) {
            list.append(entryAt(i));
            list.last().line = line;
        }
        line += m_doc.record(i).lineCount;
    }
    return list;
}

qsizetype KeyValueTable::entryCount() const
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < m_doc.size(); ++i)
        n += m_doc.kind(i) == quint8(RecordKind::Content);
    return n;
}

bool KeyValueTable::keysEqual(QByteArrayView a, QByteArrayView b) const
{
    return m_options.caseSensitiveKeys ? a == b : a.compare(b, Qt::CaseInsensitive) == 0;
}

std::optional<qsizetype> KeyValueTable::indexOf(QByteArrayView key) const
{
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content)
            && keysEqual(split(m_doc.text(i), m_options.quotedKeys).key, key))
            return i;
    }
    return std::nullopt;
}

std::optional<KeyValueEntry> KeyValueTable::find(QByteArrayView key) const
{
    const auto index = indexOf(key);
    if (!index)
        return std::nullopt;
    KeyValueEntry e = entryAt(*index);
    e.line = m_doc.lineOf(*index);
    return e;
}

QByteArray KeyValueTable::encodeKey(QByteArrayView key) const
{
    bool needsQuotes = key.isEmpty() && m_options.quotedKeys;
    for (char c : key)
        needsQuotes = needsQuotes || Bytes::isSpace(c) || c == '"' || (c == '\\' && m_options.quotedKeys);
    if (!needsQuotes || !m_options.quotedKeys)
        return key.toByteArray();
    QByteArray out = "\"";
    for (char c : key) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

bool KeyValueTable::addEntry(QByteArrayView key, QByteArrayView value)
{
    if (indexOf(key))
        return false;
    SeparatorStyle style(m_options.defaultSeparator);
    qsizetype last = -1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        last = i;
        if (style.sampleCount() < 200) {
            const QByteArrayView text = m_doc.text(i);
            const KeyValueSplit s = split(text, m_options.quotedKeys);
            const QByteArrayView separator = text.sliced(s.keyEnd, s.valueBegin - s.keyEnd);
            if (s.valueBegin < text.size() && !separator.contains('\n'))
                style.addSample(text.sliced(s.keyBegin, s.keyEnd - s.keyBegin), separator);
        }
    }
    const QByteArray encoded = encodeKey(key);
    const QByteArray line = QByteArray(encoded + style.separatorFor(encoded) + value.toByteArray());
    // After the last entry keeps trailing comments (often a footer) where they are.
    if (last < 0)
        m_doc.append(line, quint8(RecordKind::Content));
    else
        m_doc.insert(last + 1, line, quint8(RecordKind::Content));
    return true;
}

bool KeyValueTable::insertEntry(QByteArrayView key, QByteArrayView value, const RowPosition &position)
{
    const auto find = [this](QByteArrayView k) { return indexOf(k); };
    const auto isRow = [this](qsizetype i) { return m_doc.kind(i) == quint8(RecordKind::Content); };
    if (indexOf(key) || !position.insertionIndex(m_doc, find, isRow))
        return false;
    if (!addEntry(key, value)) // the file's separator style, at the end
        return false;
    const auto added = indexOf(key);
    return added && RowPosition {position}.moveRow(m_doc, *added, find, isRow);
}

bool KeyValueTable::moveEntry(QByteArrayView key, const RowPosition &position)
{
    const auto index = indexOf(key);
    if (!index)
        return false;
    return position.moveRow(
        m_doc, *index, [this](QByteArrayView k) { return indexOf(k); },
        [this](qsizetype i) { return m_doc.kind(i) == quint8(RecordKind::Content); });
}

bool KeyValueTable::setValue(QByteArrayView key, QByteArrayView value)
{
    const auto index = indexOf(key);
    if (!index)
        return false;
    const QByteArrayView text = m_doc.text(*index);
    const KeyValueSplit s = split(text, m_options.quotedKeys);
    QByteArray separator = text.sliced(s.keyEnd, s.valueBegin - s.keyEnd).toByteArray();
    if (separator.isEmpty() || separator.contains('\n'))
        separator = SeparatorStyle(m_options.defaultSeparator).separatorFor({});
    m_doc.replace(*index, QByteArray(text.first(s.keyEnd).toByteArray() + separator + value.toByteArray()),
        quint8(RecordKind::Content));
    return true;
}

bool KeyValueTable::removeEntry(QByteArrayView key)
{
    const auto index = indexOf(key);
    if (!index)
        return false;
    m_doc.remove(*index);
    return true;
}

QList<Diagnostic> KeyValueTable::commonDiagnostics() const
{
    QList<Diagnostic> out;
    QHash<QByteArray, int> seen;
    seen.reserve(m_doc.size());
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        const int here = line;
        line += m_doc.record(i).lineCount;
        if (m_doc.kind(i) == quint8(RecordKind::Orphan)) {
            out.append({here, 1, Diagnostic::Severity::Warning,
                Tr::tr("continuation line without an entry before it; the table ignores it")});
            continue;
        }
        if (m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        const QByteArrayView text = m_doc.text(i);
        const KeyValueSplit s = split(text, m_options.quotedKeys);
        if (s.unbalancedQuote)
            out.append({here, int(s.keyBegin) + 1, Diagnostic::Severity::Warning, Tr::tr("unbalanced quote in key")});
        if (s.valueBegin >= text.size()) {
            out.append({here, int(s.keyEnd) + 1, Diagnostic::Severity::Warning,
                Tr::tr("expected format: key whitespace value")});
        }
        const QByteArray folded = m_options.caseSensitiveKeys ? s.key : s.key.toLower();
        const auto it = seen.constFind(folded);
        if (it != seen.cend() && m_options.warnDuplicates) {
            out.append({here, int(s.keyBegin) + 1, Diagnostic::Severity::Warning,
                Tr::tr("duplicate key \"%1\" (first on line %2)").arg(QString::fromUtf8(s.key)).arg(*it)});
        } else {
            seen.insert(folded, here);
        }
    }
    return out;
}

} // namespace Mailwarden
