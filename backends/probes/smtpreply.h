#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QDebug>
#include <QList>
#include <QString>

#include <expected>

namespace Mailwarden::Probes {

/// One complete SMTP reply (RFC 5321 4.2): a code and one or more text lines.
struct SmtpReply {
    int code = 0;
    QByteArrayList lines; ///< the text after "250-" / "250 " of each line

    bool isPositive() const { return code >= 200 && code < 300; }
    bool isTransientFailure() const { return code >= 400 && code < 500; }
    bool isPermanentFailure() const { return code >= 500 && code < 600; }
    /// "250 2.1.0 Ok" style, the lines joined by " / " (for evidence).
    QString summary() const;
    friend bool operator==(const SmtpReply &, const SmtpReply &) = default;
};

QDebug operator<<(QDebug debug, const SmtpReply &reply);

/// Why the server's bytes are not SMTP replies.
struct SmtpReplyError {
    enum class Kind {
        Garbage, ///< a line that does not start with a three-digit code
        LineTooLong, ///< a line longer than SmtpReplyParser::MaxLineLength
        MixedCodes, ///< a continuation line with another code than the first
        TooManyLines, ///< a reply with more than SmtpReplyParser::MaxLinesPerReply lines
    };
    Kind kind = Kind::Garbage;
    QByteArray line; ///< the offending line (cut to 80 bytes)

    /// A translated sentence for the user.
    QString message() const;
};

/// Splits the bytes a server sends into replies. Pure: no I/O, no QObject,
/// fed chunk by chunk as they arrive. Accepts CRLF and bare LF, and
/// "250" without text. After an error the parser stays failed.
class SmtpReplyParser
{
public:
    /// RFC 5321 allows 512 octets per reply line; real servers stay far
    /// below. Anything longer than this is a broken or hostile server.
    static constexpr qsizetype MaxLineLength = 4096;
    /// A long EHLO answer has about 20 lines; an endless "250-" is hostile.
    static constexpr qsizetype MaxLinesPerReply = 256;

    /// Adds \a bytes and returns the replies they completed.
    std::expected<QList<SmtpReply>, SmtpReplyError> feed(QByteArrayView bytes);
    /// Whether a reply has started but not finished (multi-line in progress
    /// or a line without its end).
    bool hasPartial() const { return !m_buffer.isEmpty() || !m_current.lines.isEmpty(); }
    /// Bytes held for a reply not complete yet (at most about
    /// MaxLineLength * (MaxLinesPerReply + 1) plus the last chunk fed).
    qsizetype bufferedBytes() const;

    /// Parses a whole transcript of server bytes at once (for tests and recorded data).
    static std::expected<QList<SmtpReply>, SmtpReplyError> parseAll(QByteArrayView bytes);

private:
    std::optional<SmtpReplyError> takeLine(const QByteArray &line, QList<SmtpReply> &done);

    QByteArray m_buffer;
    SmtpReply m_current;
    std::optional<SmtpReplyError> m_error;
};

} // namespace Mailwarden::Probes
