#pragma once

#include "recorddocument.h"

namespace Mailwarden {

/// How physical lines join into logical lines.
struct LogicalLineOptions {
    /// A line that starts with a space or tab continues the previous logical line
    /// (Postfix main.cf, master.cf, tables; aliases(5)).
    bool continuation = true;
    /// Postfix's readllines(): comment and blank lines between continuation lines
    /// do not end the logical line. Off: they do (sendmail style).
    bool commentsInside = true;
    /// Lines whose first non-blank character is this are comments; 0 for none.
    char commentChar = '#';
};

/// Cuts \a source into records (shared, not copied): Blank, Comment, Content
/// (a logical line with its continuation lines) and Orphan (continuation text at
/// the start of the file). Trailing comments and blank lines after a logical line
/// are records of their own, so editing an entry never touches them.
RecordDocument splitLogicalLines(const QByteArray &source, const LogicalLineOptions &options = {});

/// Helpers for the per-format parsers, on bytes.
namespace Bytes {
inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}
inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
/// Index of the first non-space byte at or after \a from (size() when none).
qsizetype skipSpace(QByteArrayView text, qsizetype from);
/// Index of the first space byte at or after \a from (size() when none).
qsizetype skipNonSpace(QByteArrayView text, qsizetype from);
/// \a text without leading and trailing space bytes (including line endings).
QByteArrayView trimmed(QByteArrayView text);
/// The logical value of a record's text: its physical lines without comment
/// and blank lines, each trimmed, joined by one space (what Postfix sees).
QByteArray joinLogicalLine(QByteArrayView text, char commentChar = '#');
/// Physical line (1-based) and byte column (1-based) of \a offset inside \a text,
/// relative to \a firstLine.
std::pair<int, int> position(QByteArrayView text, qsizetype offset, int firstLine);
} // namespace Bytes

} // namespace Mailwarden
