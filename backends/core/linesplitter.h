#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

namespace Mailwarden {

/// Cuts a byte stream that arrives in chunks into lines at '\n', with two
/// guarantees against hostile input (a log line or command output that never
/// ends):
///
/// - Linear: every byte is looked at once. The scan for '\n' covers only the
///   new chunk, never the part of a line carried over from earlier chunks.
/// - Bounded: a line is kept up to maxLineLength() bytes. The bytes after
///   that are skipped until its '\n'; the line then counts as overlong and
///   is handed on cut to maxLineLength() bytes (Overlong::Cut) or not at all
///   (Overlong::Drop). Memory stays at one maxLineLength() whatever comes.
///
/// Lines are handed to the callback without their '\n' (a '\r' before it
/// stays: callers that read CRLF text strip it). Lines inside one chunk are
/// views into that chunk (no copy); only a line that spans chunks is copied.
/// Not thread-safe: one splitter per stream.
class LineSplitter final
{
public:
    enum class Overlong { Cut, Drop };
    static constexpr qsizetype kDefaultMaxLineLength = 64 * 1024;

    explicit LineSplitter(qsizetype maxLineLength = kDefaultMaxLineLength, Overlong overlong = Overlong::Cut)
        : m_max(maxLineLength > 0 ? maxLineLength : 1), m_overlong(overlong)
    {
    }

    /// Calls \a line(QByteArrayView) for each line that \a chunk completes.
    template<typename F>
    void feed(QByteArrayView chunk, F &&line)
    {
        const char *p = chunk.data();
        const char *const end = p + chunk.size();
        m_scanned += chunk.size();
        while (p < end) {
            const auto *nl = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
            if (!nl) {
                carry(p, end - p);
                return;
            }
            if (m_pending.isEmpty() && !m_pendingOverlong) {
                handOn(QByteArrayView(p, nl - p), nl - p > m_max, line);
            } else {
                carry(p, nl - p);
                handOn(QByteArrayView(m_pending), m_pendingOverlong, line);
                m_pending.clear();
                m_pendingOverlong = false;
            }
            p = nl + 1;
        }
    }

    /// The stream ended: hands on a last line that had no '\n'.
    template<typename F>
    void finish(F &&line)
    {
        if (!m_pending.isEmpty() || m_pendingOverlong)
            handOn(QByteArrayView(m_pending), m_pendingOverlong, line);
        m_pending.clear();
        m_pendingOverlong = false;
    }

    qsizetype maxLineLength() const { return m_max; }
    /// Lines longer than maxLineLength() so far (cut or dropped).
    qint64 overlongLines() const { return m_overlongLines; }
    /// Bytes of an unfinished line held for the next chunk (≤ maxLineLength()).
    qsizetype pendingSize() const { return m_pending.size(); }
    /// Bytes searched for '\n' so far: equals the bytes fed (each byte once).
    qint64 scannedBytes() const { return m_scanned; }

private:
    void carry(const char *data, qsizetype size)
    {
        const qsizetype room = m_max - m_pending.size();
        if (size > room)
            m_pendingOverlong = true;
        if (room > 0)
            m_pending.append(data, qMin(size, room));
    }

    template<typename F>
    void handOn(QByteArrayView text, bool overlong, F &line)
    {
        if (!overlong) {
            line(text);
            return;
        }
        ++m_overlongLines;
        if (m_overlong == Overlong::Cut)
            line(text.first(qMin(text.size(), m_max)));
    }

    qsizetype m_max;
    Overlong m_overlong;
    QByteArray m_pending;
    bool m_pendingOverlong = false;
    qint64 m_overlongLines = 0;
    qint64 m_scanned = 0;
};

} // namespace Mailwarden
