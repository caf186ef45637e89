#include "qmaillog.h"

namespace Mailwarden::Queue {

namespace {

// multilog's stamp: '@', the TAI64 label and nanoseconds as 24 hex digits, a blank.
constexpr qsizetype kStampLength = 26;
// daemontools' TAI64 label of a Unix time: 2^62 + 10 + seconds.
constexpr quint64 kTaiOffset = (quint64(1) << 62) + 10;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The digits at the start of \a s.
QByteArrayView leadingNumber(QByteArrayView s)
{
    qsizetype n = 0;
    while (n < s.size() && n < 20 && isDigit(s[n]))
        ++n;
    return s.first(n);
}

// Splits off a leading TAI64N stamp: the time it says (0 when it is none or
// before 1970) and the text after it.
QByteArrayView splitStamp(QByteArrayView line, qint64 *time)
{
    *time = 0;
    if (line.size() < kStampLength || line[0] != '@' || line[kStampLength - 1] != ' ')
        return line;
    quint64 label = 0;
    for (qsizetype i = 1; i < kStampLength - 1; ++i) {
        const int digit = hexValue(line[i]);
        if (digit < 0)
            return line;
        if (i <= 16)
            label = label << 4 | quint64(digit);
    }
    if (label >= kTaiOffset)
        *time = qint64(label - kTaiOffset);
    return line.sliced(kStampLength);
}

// qmail-send's report as text: each of its lines ('/' ends one) without
// blanks ('_') at either end, the lines that are left joined by one blank;
// nothing that is not printable.
QString readable(QByteArrayView report)
{
    QString text;
    text.reserve(qMin(report.size(), QmailLogReasons::kMaxReasonLength));
    bool lineStart = true;
    for (const char c : report) {
        if (text.size() >= QmailLogReasons::kMaxReasonLength)
            break;
        if (c == '/') {
            while (text.endsWith(u' '))
                text.chop(1);
            lineStart = true;
            continue;
        }
        if (lineStart && c == '_')
            continue;
        if (lineStart && !text.isEmpty())
            text.append(u' ');
        lineStart = false;
        if (c == '_')
            text.append(u' ');
        else if (c >= '!' && c <= '~')
            text.append(QLatin1Char(c));
        else
            text.append(QChar::ReplacementCharacter);
    }
    while (text.endsWith(u' '))
        text.chop(1);
    return text;
}

} // namespace

QmailLogReasons QmailLogReasons::parse(QByteArrayView log, bool cutAtStart)
{
    struct Delivery {
        QByteArray id;
        QByteArray address;
    };
    QmailLogReasons result;
    QHash<QByteArray, Delivery> open; // delivery number -> what it delivers
    QHash<QByteArray, QString> texts; // one string per distinct report

    qsizetype pos = 0;
    if (cutAtStart) {
        const qsizetype end = log.indexOf('\n');
        pos = end < 0 ? log.size() : end + 1;
    }
    while (pos < log.size()) {
        qsizetype end = log.indexOf('\n', pos);
        if (end < 0)
            end = log.size();
        const QByteArrayView line = log.sliced(pos, end - pos);
        pos = end + 1;

        qint64 time = 0;
        const QByteArrayView s = splitStamp(line, &time);
        if (s.startsWith("new msg ") || s.startsWith("end msg ")) {
            const QByteArrayView id = leadingNumber(s.sliced(8));
            if (!id.isEmpty() && id.size() == s.size() - 8)
                result.m_messages.remove(id.toByteArray());
        } else if (s.startsWith("starting delivery ")) {
            // "starting delivery D: msg ID to local|remote ADDRESS"
            const QByteArrayView rest = s.sliced(18);
            const QByteArrayView number = leadingNumber(rest);
            QByteArrayView tail = rest.sliced(number.size());
            if (number.isEmpty() || !tail.startsWith(": msg "))
                continue;
            tail = tail.sliced(6);
            const QByteArrayView id = leadingNumber(tail);
            tail = tail.sliced(id.size());
            qsizetype skip = 0;
            if (tail.startsWith(" to remote "))
                skip = 11;
            else if (tail.startsWith(" to local "))
                skip = 10;
            if (id.isEmpty() || skip == 0)
                continue;
            open.insert(number.toByteArray(), Delivery {id.toByteArray(), tail.sliced(skip).toByteArray()});
        } else if (s.startsWith("delivery ")) {
            // "delivery D: success|failure|deferral: REPORT"
            const QByteArrayView rest = s.sliced(9);
            const QByteArrayView number = leadingNumber(rest);
            const auto it = open.constFind(number.toByteArray());
            if (number.isEmpty() || it == open.constEnd())
                continue;
            const Delivery delivery = *it;
            open.erase(it);
            const QByteArrayView outcome = rest.sliced(number.size());
            if (outcome.startsWith(": deferral:")) {
                // An empty report may have lost its blank to an editor.
                QByteArrayView report = outcome.sliced(11);
                if (report.startsWith(' '))
                    report = report.sliced(1);
                auto text = texts.constFind(report.toByteArray());
                if (text == texts.constEnd())
                    text = texts.insert(report.toByteArray(), readable(report));
                result.m_messages[delivery.id].insert(delivery.address, QmailLogReason {*text, time});
            } else if (outcome.startsWith(": success:") || outcome.startsWith(": failure:")) {
                const auto message = result.m_messages.find(delivery.id);
                if (message != result.m_messages.end()) {
                    message->remove(delivery.address);
                    if (message->isEmpty())
                        result.m_messages.erase(message);
                }
            }
            // "report mangled, will defer": no reason given; the earlier one stays.
        }
    }
    return result;
}

const QmailLogReason *QmailLogReasons::find(QByteArrayView id, QByteArrayView address) const
{
    const auto message = m_messages.constFind(id.toByteArray());
    if (message == m_messages.constEnd())
        return nullptr;
    const auto reason = message->constFind(loggedForm(address));
    return reason == message->constEnd() ? nullptr : &*reason;
}

QByteArray QmailLogReasons::loggedForm(QByteArrayView address)
{
    QByteArray logged = address.toByteArray();
    for (char &c : logged) {
        if (c == '\n')
            c = '/';
        else if (c == '%' || c < '!' || c > '~')
            c = '_';
    }
    return logged;
}

} // namespace Mailwarden::Queue
