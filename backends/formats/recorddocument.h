#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Mailwarden {

/// What the shared splitter can tell about a record. Formats may store their
/// own finer kinds (values from 16 up) in TextRecord::kind.
enum class RecordKind : quint8 {
    Blank, ///< empty or whitespace-only line
    Comment, ///< first non-blank character is the comment character
    Content, ///< a logical line: first physical line plus its continuation lines
    Orphan, ///< continuation text with no logical line before it (kept, formats warn)
};

/// One record of a RecordDocument: a span of whole physical lines, including
/// their line endings. 24 bytes, so a million-line table stays small.
struct TextRecord {
    qsizetype offset = 0; ///< into the source buffer, or index into the edit store when edited
    qint32 length = 0; ///< bytes, line endings included
    qint32 lineCount = 1; ///< physical lines
    quint8 kind = 0; ///< RecordKind or a format's own kind
    bool edited = false; ///< bytes live in the edit store, not in the source buffer
};

/// The lossless core every line-oriented format builds on: the original bytes
/// (shared, never copied) cut into records. Writing concatenates the records, so
/// parse + write is byte-identical by construction; an edit replaces, inserts or
/// removes whole records and leaves every other byte alone.
///
/// Pure value type: no QObject, no I/O, cheap to copy (implicit sharing).
class RecordDocument
{
public:
    RecordDocument() = default;
    explicit RecordDocument(QByteArray source);

    /// Appends a record that spans source bytes [offset, offset + length) (for parsers).
    void appendSpan(qsizetype offset, qint32 length, qint32 lineCount, quint8 kind);

    qsizetype size() const { return m_records.size(); }
    const TextRecord &record(qsizetype index) const { return m_records.at(index); }
    quint8 kind(qsizetype index) const { return m_records.at(index).kind; }
    void setKind(qsizetype index, quint8 kind) { m_records[index].kind = kind; }

    /// The record's bytes, line endings included.
    QByteArrayView bytes(qsizetype index) const;
    /// The record's bytes without its final line ending ("\n" or "\r\n").
    QByteArrayView text(qsizetype index) const;
    /// First physical line of the record, counting from 1 (O(index)).
    int lineOf(qsizetype index) const;

    /// "\r\n" when the file's first line ends so, else "\n": the style of new lines.
    QByteArray lineEnding() const;

    /// Replaces record \a index by \a text (without final line ending; inner "\n"
    /// become the file's line ending). The record keeps its own final line ending.
    void replace(qsizetype index, QByteArrayView text, quint8 kind);
    /// Inserts a new record before \a index, ending with \a eol, by default the
    /// file's line ending (a format whose tool refuses CRLF passes "\n").
    void insert(qsizetype index, QByteArrayView text, quint8 kind, QByteArrayView eol = {});
    /// Appends a new record at the end; adds the missing final newline of the
    /// previous last record first.
    void append(QByteArrayView text, quint8 kind);
    void remove(qsizetype index);
    /// Moves the \a count records from \a from so that they stand before the
    /// record that is now at \a to (size(): at the end); \a to may not lie inside
    /// the moved span. Their bytes are kept; a last line without final newline
    /// gets one first, so no two lines are glued together.
    void move(qsizetype from, qsizetype count, qsizetype to);

    /// All records concatenated: the file to write.
    QByteArray toBytes() const;
    qsizetype byteSize() const;

private:
    static QByteArray normalized(QByteArrayView text, QByteArrayView eol, bool finalEnding);

    QByteArray m_source;
    QList<TextRecord> m_records;
    QList<QByteArray> m_edits;
    bool m_reordered = false; ///< move() ran: the source buffer is no longer the file
};

} // namespace Mailwarden
