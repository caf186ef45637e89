#include "sendmailqueue.h"

#include "core/tr.h"
#include "queuefilter.h"

#include <QHash>

namespace Mailwarden::Queue {

namespace {

QString addressOf(QByteArrayView text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.front() == '<' && text.back() == '>')
        text = text.sliced(1, text.size() - 2);
    return QString::fromUtf8(text);
}

bool allUpper(QByteArrayView text)
{
    return std::ranges::all_of(text, [](char c) { return c >= 'A' && c <= 'Z'; });
}

} // namespace

std::expected<SendmailQf, QString> parseSendmailQf(QByteArrayView content)
{
    SendmailQf qf;
    QueueMessage &m = qf.message;
    int version = 0;
    bool sawArrival = false;
    bool sawEnd = false;
    QString status;
    QList<QByteArrayView> recipients;
    qsizetype lineNumber = 0;
    for (qsizetype pos = 0; pos < content.size();) {
        qsizetype end = content.indexOf('\n', pos);
        if (end < 0)
            end = content.size();
        const QByteArrayView line = content.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.isEmpty() || line.front() == '\t')
            continue; // a continued header: headers are not part of the listing
        if (sawEnd)
            return std::unexpected(Tr::tr("line %1: text after the end mark \".\"").arg(lineNumber));
        const QByteArrayView value = line.sliced(1);
        bool ok = true;
        switch (line.front()) {
        case 'V':
            version = value.toInt(&ok);
            break;
        case 'T':
            m.arrival = value.toLongLong(&ok);
            sawArrival = ok;
            break;
        case 'K':
            qf.lastAttempt = value.toLongLong(&ok);
            break;
        case 'N':
            m.tries = value.toInt(&ok);
            break;
        case 'M':
            status = QString::fromUtf8(value);
            break;
        case 'S':
            m.sender = addressOf(value);
            break;
        case 'R':
            recipients.append(value);
            break;
        case 'q':
            qf.quarantineReason = QString::fromUtf8(value);
            break;
        case '.':
            sawEnd = true;
            break;
        default:
            break; // headers, macros, flags, DSN records: not listed
        }
        if (!ok)
            return std::unexpected(
                Tr::tr("line %1: \"%2\" is not a number").arg(lineNumber).arg(QString::fromUtf8(value.left(40))));
    }
    if (!sawArrival)
        return std::unexpected(Tr::tr("no creation time (T line): not a Sendmail control file"));
    if (!sawEnd)
        return std::unexpected(Tr::tr("no end mark (\".\" line): the file is cut short"));
    const QString reason = qf.quarantineReason.isEmpty() ? status : Tr::tr("quarantined: %1").arg(qf.quarantineReason);
    m.recipients.reserve(recipients.size());
    for (QByteArrayView r : recipients) {
        // Since format version 4: "R<flags>:<address>", the flags upper-case letters.
        const qsizetype colon = r.indexOf(':');
        if (version >= 4 && colon >= 0 && allUpper(r.first(colon)))
            r = r.sliced(colon + 1);
        m.recipients.append({addressOf(r), reason});
    }
    return qf;
}

std::optional<qint64> parseSendmailInterval(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qint64 number = -1;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            number = (number < 0 ? 0 : number) * 10 + (c - '0');
            if (number > 100'000'000)
                return std::nullopt;
            continue;
        }
        // Sendmail's time units are lower-case letters only.
        const auto unit = c >= 'a' && c <= 'z' ? QueueFilter::unitSeconds(QLatin1Char(c)) : std::nullopt;
        if (!unit || number < 0)
            return std::nullopt;
        total += number * *unit;
        number = -1;
    }
    if (number >= 0)
        total += number; // a bare number is seconds (Sendmail's convtime default for -q)
    if (total <= 0)
        return std::nullopt;
    return total;
}

qint64 sendmailNextRetry(qint64 lastAttempt, qint64 arrival, qint64 interval, qint64 now)
{
    if (interval <= 0)
        return 0;
    const qint64 since = lastAttempt > 0 ? lastAttempt : arrival;
    return std::max(since + interval, now);
}

SendmailQueueListing sendmailMessagesFromDump(const QList<QueueDumpFrame> &frames, qint64 now, QStringList *problems)
{
    SendmailQueueListing listing;
    QString directory;
    bool submission = false; // the directory is the MSP's (submit.cf), not the MTA's
    QHash<QString, QString> shared; // one QString per repeated reason and sender
    const auto share = [&shared](QString &text) {
        if (text.isEmpty())
            return;
        const auto it = shared.constFind(text);
        if (it != shared.constEnd())
            text = *it;
        else if (shared.size() < 65536)
            shared.insert(text, text);
    };
    for (const QueueDumpFrame &frame : frames) {
        if (frame.kind == "interval") {
            listing.interval = parseSendmailInterval(frame.data).value_or(0);
            continue;
        }
        if (frame.kind == "dir") {
            directory = QString::fromUtf8(frame.data);
            submission = frame.extra.value(0) == 1;
            listing.directories.append(directory);
            continue;
        }
        if (frame.kind != "qf" && frame.kind != "hf" && frame.kind != "Qf")
            continue;
        const QString file = directory + u'/' + QString::fromLatin1(frame.kind + frame.id);
        auto qf = parseSendmailQf(frame.data);
        if (!qf) {
            if (problems)
                problems->append(Tr::tr("%1: %2").arg(file, qf.error()));
            continue;
        }
        if (frame.extra.value(2) == 1 && problems)
            problems->append(
                Tr::tr("%1: larger than the helper reads (16 MiB); recipients after that are missing").arg(file));
        QueueMessage &m = qf->message;
        m.id = QString::fromLatin1(frame.id);
        m.size = frame.extra.value(0, -1);
        if (frame.kind == "hf")
            m.queue = QueueName::Quarantine;
        else if (frame.kind == "Qf")
            m.queue = QueueName::Lost;
        else if (frame.extra.value(1) == 1)
            m.queue = QueueName::Active;
        else if (submission)
            m.queue = QueueName::Submission; // the MSP's own queue runs hand it to the MTA: no retry of ours to tell
        else
            m.queue = m.tries > 0 ? QueueName::Deferred : QueueName::Incoming;
        m.lastAttempt = qf->lastAttempt;
        if (m.queue == QueueName::Deferred || m.queue == QueueName::Incoming) {
            m.nextRetry = sendmailNextRetry(qf->lastAttempt, m.arrival, listing.interval, now);
            if (m.nextRetry > 0)
                m.retryKind = RetryKind::Estimate;
        }
        share(m.sender);
        for (QueueRecipient &r : m.recipients)
            share(r.reason);
        listing.messages.append(std::move(m));
    }
    return listing;
}

bool isSendmailQueueId(QStringView id)
{
    if (id.size() < 6 || id.size() > 30)
        return false;
    return std::ranges::all_of(
        id, [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'); });
}

} // namespace Mailwarden::Queue
