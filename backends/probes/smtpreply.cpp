#include "smtpreply.h"

#include "core/tr.h"

namespace Mailwarden::Probes {

QString SmtpReply::summary() const
{
    QStringList parts;
    for (const QByteArray &line : lines)
        parts << QStringLiteral("%1 %2").arg(code).arg(QString::fromUtf8(line)).trimmed();
    if (parts.isEmpty())
        parts << QString::number(code);
    return parts.join(QLatin1String(" / "));
}

QDebug operator<<(QDebug debug, const SmtpReply &reply)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "SmtpReply(" << reply.code << ", " << reply.lines << ')';
    return debug;
}

QString SmtpReplyError::message() const
{
    const QString shown = QString::fromUtf8(line.left(80));
    switch (kind) {
    case Kind::Garbage:
        return Tr::tr("the server sent a line that is not an SMTP reply: \"%1\"").arg(shown);
    case Kind::LineTooLong:
        return Tr::tr("the server sent a reply line longer than %1 bytes").arg(SmtpReplyParser::MaxLineLength);
    case Kind::MixedCodes:
        return Tr::tr("a multi-line reply changed its code: \"%1\"").arg(shown);
    case Kind::TooManyLines:
        return Tr::tr("the server sent a reply of more than %1 lines").arg(SmtpReplyParser::MaxLinesPerReply);
    }
    return {};
}

std::expected<QList<SmtpReply>, SmtpReplyError> SmtpReplyParser::feed(QByteArrayView bytes)
{
    if (m_error)
        return std::unexpected(*m_error);
    m_buffer.append(bytes);
    QList<SmtpReply> done;
    qsizetype start = 0;
    for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n', start)) {
        QByteArray line = m_buffer.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = end + 1;
        if (line.size() > MaxLineLength)
            m_error = SmtpReplyError {SmtpReplyError::Kind::LineTooLong, line.left(80)};
        else
            m_error = takeLine(line, done);
        if (m_error)
            break;
    }
    m_buffer.remove(0, start);
    if (!m_error && m_buffer.size() > MaxLineLength)
        m_error = SmtpReplyError {SmtpReplyError::Kind::LineTooLong, m_buffer.left(80)};
    if (m_error) {
        // Failed for good: nothing more is kept of a hostile server's bytes.
        m_buffer = {};
        m_current = {};
        return std::unexpected(*m_error);
    }
    return done;
}

std::optional<SmtpReplyError> SmtpReplyParser::takeLine(const QByteArray &line, QList<SmtpReply> &done)
{
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    const bool shaped = line.size() >= 3 && line[0] >= '2' && line[0] <= '5' && isDigit(line[1]) && isDigit(line[2])
        && (line.size() == 3 || line[3] == ' ' || line[3] == '-');
    if (!shaped)
        return SmtpReplyError {SmtpReplyError::Kind::Garbage, line.left(80)};
    const int code = line.left(3).toInt();
    if (!m_current.lines.isEmpty() && code != m_current.code)
        return SmtpReplyError {SmtpReplyError::Kind::MixedCodes, line.left(80)};
    if (m_current.lines.size() >= MaxLinesPerReply)
        return SmtpReplyError {SmtpReplyError::Kind::TooManyLines, line.left(80)};
    m_current.code = code;
    m_current.lines.append(line.mid(4));
    if (line.size() == 3 || line[3] == ' ') {
        done.append(std::exchange(m_current, SmtpReply {}));
    }
    return std::nullopt;
}

qsizetype SmtpReplyParser::bufferedBytes() const
{
    qsizetype total = m_buffer.size();
    for (const QByteArray &line : m_current.lines)
        total += line.size();
    return total;
}

std::expected<QList<SmtpReply>, SmtpReplyError> SmtpReplyParser::parseAll(QByteArrayView bytes)
{
    SmtpReplyParser parser;
    return parser.feed(bytes);
}

} // namespace Mailwarden::Probes
