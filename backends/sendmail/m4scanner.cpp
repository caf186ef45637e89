#include "m4scanner.h"

#include <QByteArray>

namespace Mailwarden {

namespace {

bool isWordStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isWordChar(char c)
{
    return isWordStart(c) || (c >= '0' && c <= '9');
}

// Index after the '\n' that ends the line holding \a i (dnl and '#' comments).
qsizetype skipLine(QByteArrayView t, qsizetype i)
{
    const qsizetype nl = t.indexOf('\n', i);
    return nl < 0 ? t.size() : nl + 1;
}

// Index after the quote closing the one at \a i, or -1 when it never closes.
qsizetype skipQuoted(QByteArrayView t, qsizetype i)
{
    int depth = 0;
    for (; i < t.size(); ++i) {
        if (t.at(i) == '`')
            ++depth;
        else if (t.at(i) == '\'' && --depth == 0)
            return i + 1;
    }
    return -1;
}

qsizetype wordEnd(QByteArrayView t, qsizetype i)
{
    while (i < t.size() && isWordChar(t.at(i)))
        ++i;
    return i;
}

// Collects the arguments of the call whose '(' is at \a open; false when it never closes.
bool scanCall(QByteArrayView t, qsizetype open, M4Call &call, M4Scan &scan)
{
    int depth = 1;
    qsizetype argBegin = open + 1;
    qsizetype i = open + 1;
    while (i < t.size()) {
        const char c = t.at(i);
        if (c == '`') {
            const qsizetype end = skipQuoted(t, i);
            if (end < 0) {
                scan.errorOffset = i;
                scan.error = "unterminated quote";
                return false;
            }
            i = end;
        } else if (c == '#') {
            i = skipLine(t, i);
        } else if (isWordStart(c)) {
            const qsizetype end = wordEnd(t, i);
            i = t.sliced(i, end - i) == "dnl" ? skipLine(t, end) : end;
        } else {
            if (c == '(') {
                ++depth;
            } else if (c == ')' && --depth == 0) {
                call.args.append(M4Span {argBegin, i});
                call.span.end = i + 1;
                return true;
            } else if (c == ',' && depth == 1) {
                call.args.append(M4Span {argBegin, i});
                argBegin = i + 1;
            }
            ++i;
        }
    }
    scan.errorOffset = call.span.begin;
    scan.error = "unterminated call";
    return false;
}

} // namespace

M4Scan scanM4(QByteArrayView t)
{
    M4Scan scan;
    qsizetype i = 0;
    while (i < t.size()) {
        const char c = t.at(i);
        if (c == '`') {
            const qsizetype end = skipQuoted(t, i);
            if (end < 0) {
                scan.errorOffset = i;
                scan.error = "unterminated quote";
                return scan;
            }
            scan.constructs.append(M4Span {i, end});
            i = end;
        } else if (c == '#') {
            i = skipLine(t, i);
        } else if (isWordStart(c)) {
            const qsizetype end = wordEnd(t, i);
            const QByteArrayView word = t.sliced(i, end - i);
            if (word == "dnl") {
                i = skipLine(t, end);
            } else if (end < t.size() && t.at(end) == '(') {
                M4Call call {word, M4Span {i, end}, {}};
                if (!scanCall(t, end, call, scan))
                    return scan;
                scan.constructs.append(call.span);
                i = call.span.end;
                scan.calls.append(std::move(call));
            } else {
                i = end;
            }
        } else {
            ++i;
        }
    }
    return scan;
}

QByteArray m4ArgumentValue(QByteArrayView raw)
{
    qsizetype b = 0, e = raw.size();
    while (b < e && (raw.at(b) == ' ' || raw.at(b) == '\t' || raw.at(b) == '\n' || raw.at(b) == '\r'))
        ++b;
    while (e > b && (raw.at(e - 1) == ' ' || raw.at(e - 1) == '\t' || raw.at(e - 1) == '\n' || raw.at(e - 1) == '\r'))
        --e;
    const QByteArrayView text = raw.sliced(b, e - b);
    if (text.startsWith('`') && skipQuoted(text, 0) == text.size())
        return text.sliced(1, text.size() - 2).toByteArray();
    return text.toByteArray();
}

bool m4QuotesBalanced(QByteArrayView text)
{
    int depth = 0;
    for (char c : text) {
        if (c == '`')
            ++depth;
        else if (c == '\'' && --depth < 0)
            return false;
    }
    return depth == 0;
}

} // namespace Mailwarden
