#include "logicallinesplitter.h"

#include <cstring>

namespace Mailwarden {

namespace {

enum class LineType { Blank, Comment, Continuation, Start };

LineType classify(const char *begin, const char *end, const LogicalLineOptions &options)
{
    const char *p = begin;
    while (p < end && (Bytes::isBlank(*p) || *p == '\r' || *p == '\n' || *p == '\f' || *p == '\v'))
        ++p;
    if (p == end)
        return LineType::Blank;
    if (options.commentChar && *p == options.commentChar)
        return LineType::Comment;
    if (options.continuation && p != begin && Bytes::isBlank(*begin))
        return LineType::Continuation;
    return LineType::Start;
}

} // namespace

RecordDocument splitLogicalLines(const QByteArray &source, const LogicalLineOptions &options)
{
    RecordDocument doc(source);
    const char *data = source.constData();
    const qsizetype size = source.size();

    // The open logical line [contentStart, contentEnd) and the trivia lines after it.
    qsizetype contentStart = -1, contentEnd = 0;
    qint32 contentLines = 0;
    quint8 contentKind = 0;
    struct Trivia {
        qsizetype offset;
        qint32 length;
        quint8 kind;
    };
    QList<Trivia> trivia;

    auto flush = [&] {
        if (contentStart >= 0)
            doc.appendSpan(contentStart, qint32(contentEnd - contentStart), contentLines, contentKind);
        for (const Trivia &t : std::as_const(trivia))
            doc.appendSpan(t.offset, t.length, 1, t.kind);
        contentStart = -1;
        trivia.clear();
    };

    qsizetype pos = 0;
    while (pos < size) {
        const void *nl = std::memchr(data + pos, '\n', size_t(size - pos));
        const qsizetype end = nl ? static_cast<const char *>(nl) - data + 1 : size;
        const LineType type = classify(data + pos, data + end, options);
        switch (type) {
        case LineType::Blank:
        case LineType::Comment:
            trivia.append(Trivia {
                pos, qint32(end - pos), quint8(type == LineType::Blank ? RecordKind::Blank : RecordKind::Comment)});
            break;
        case LineType::Continuation:
            if (contentStart >= 0 && (trivia.isEmpty() || options.commentsInside)) {
                contentLines += qint32(trivia.size()) + 1;
                contentEnd = end;
                trivia.clear();
                break;
            }
            flush();
            contentStart = pos;
            contentEnd = end;
            contentLines = 1;
            contentKind = quint8(RecordKind::Orphan);
            break;
        case LineType::Start:
            flush();
            contentStart = pos;
            contentEnd = end;
            contentLines = 1;
            contentKind = quint8(RecordKind::Content);
            break;
        }
        pos = end;
    }
    flush();
    return doc;
}

namespace Bytes {

qsizetype skipSpace(QByteArrayView text, qsizetype from)
{
    while (from < text.size() && isSpace(text.at(from)))
        ++from;
    return from;
}

qsizetype skipNonSpace(QByteArrayView text, qsizetype from)
{
    while (from < text.size() && !isSpace(text.at(from)))
        ++from;
    return from;
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype b = 0, e = text.size();
    while (b < e && isSpace(text.at(b)))
        ++b;
    while (e > b && isSpace(text.at(e - 1)))
        --e;
    return text.sliced(b, e - b);
}

QByteArray joinLogicalLine(QByteArrayView text, char commentChar)
{
    if (!text.contains('\n'))
        return trimmed(text).toByteArray();
    QByteArray out;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size();
        const QByteArrayView line = trimmed(text.sliced(pos, nl - pos));
        if (!line.isEmpty() && !(commentChar && line.front() == commentChar && pos > 0)) {
            if (!out.isEmpty())
                out += ' ';
            out += line;
        }
        pos = nl + 1;
    }
    return out;
}

std::pair<int, int> position(QByteArrayView text, qsizetype offset, int firstLine)
{
    int line = firstLine;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart) + 1};
}

} // namespace Bytes

} // namespace Mailwarden
