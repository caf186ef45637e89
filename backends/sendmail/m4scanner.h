#pragma once

#include <QByteArrayView>
#include <QList>

namespace Mailwarden {

/// A byte range [begin, end) of scanned text.
struct M4Span {
    qsizetype begin = 0;
    qsizetype end = 0;
    friend bool operator==(const M4Span &, const M4Span &) = default;
};

/// A top-level macro call "NAME(arg, ...)" found by scanM4().
struct M4Call {
    QByteArrayView name;
    M4Span span; ///< from the first byte of the name to after ')'
    QList<M4Span> args; ///< raw argument text between '(' / ',' and ',' / ')'
};

/// What scanM4() found; errorOffset >= 0 when the text cannot be m4 input.
struct M4Scan {
    QList<M4Call> calls; ///< top-level calls, in order
    QList<M4Span> constructs; ///< calls and top-level quoted strings (what a line break cannot split)
    qsizetype errorOffset = -1;
    const char *error = nullptr; ///< untranslated key: "unterminated quote" or "unterminated call"
};

/// Scans m4 input the way sendmail's m4 reads a .mc file with the default quotes
/// `...' (nested), '#' comments and dnl: a word directly followed by '(' is a
/// call whose arguments end at the matching unquoted ')'. Nothing is expanded.
M4Scan scanM4(QByteArrayView text);

/// An argument as m4 passes it: leading blanks and newlines dropped, one level
/// of `...' quotes removed when they enclose the whole (trimmed) argument.
QByteArray m4ArgumentValue(QByteArrayView raw);

/// True when the quotes in \a text balance, so it can sit inside `...'.
bool m4QuotesBalanced(QByteArrayView text);

} // namespace Mailwarden
