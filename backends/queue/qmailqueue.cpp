#include "qmailqueue.h"

#include "core/tr.h"
#include "stringpool.h"

#include <QHash>

#include <limits>
#include <tuple>

namespace Mailwarden::Queue {

namespace {

constexpr qint64 kMaxTime = std::numeric_limits<qint64>::max();

// floor(sqrt(x)), digit by digit: no floating point.
quint64 isqrt(quint64 x)
{
    quint64 root = 0;
    quint64 bit = quint64(1) << 62;
    while (bit > x)
        bit >>= 2;
    while (bit) {
        if (x >= root + bit) {
            x -= root + bit;
            root = (root >> 1) + bit;
        } else {
            root >>= 1;
        }
        bit >>= 2;
    }
    return root;
}

qint64 saturatedAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (qAddOverflow(a, b, &sum))
        return b > 0 ? kMaxTime : std::numeric_limits<qint64>::min();
    return sum;
}

// The records of a qmail file: each a type byte and text up to a NUL.
struct Record {
    char type = 0;
    QByteArrayView text;
};

// Splits \a data into NUL-terminated records; false when the last one has no
// NUL (it is not in \a records; qmail-send would not read it either).
bool splitRecords(QByteArrayView data, QList<Record> *records)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype nul = data.indexOf('\0', pos);
        if (nul < 0)
            return false;
        if (nul > pos)
            records->append(Record {data[pos], data.sliced(pos + 1, nul - pos - 1)});
        else
            records->append(Record {0, {}});
        pos = nul + 1;
    }
    return true;
}

class Problems final
{
public:
    explicit Problems(QStringList *list) : m_list(list) { }
    ~Problems()
    {
        if (m_list && m_dropped > 0)
            m_list->append(
                Tr::tr("qmail queue: %n more problem(s) not shown", nullptr, int(qMin<qint64>(m_dropped, INT_MAX))));
    }
    Problems(const Problems &) = delete;
    Problems &operator=(const Problems &) = delete;

    void add(const QByteArray &id, const QString &what)
    {
        if (!m_list)
            return;
        if (m_added >= kMaxQmailProblems) {
            ++m_dropped;
            return;
        }
        ++m_added;
        m_list->append(Tr::tr("qmail message %1: %2").arg(QString::fromUtf8(id.left(40)), what));
    }

private:
    QStringList *m_list;
    qsizetype m_added = 0;
    qint64 m_dropped = 0;
};

bool isQueueNumber(QByteArrayView id)
{
    if (id.isEmpty() || id.size() > 20)
        return false;
    for (const char c : id)
        if (c < '0' || c > '9')
            return false;
    return true;
}

// Indices of one id's frames.
struct Files {
    qsizetype info = -1;
    qsizetype todo = -1;
    qsizetype local = -1;
    qsizetype remote = -1;
    qsizetype bounce = -1;
};

enum class Kind { Info, Todo, Local, Remote, Bounce, Unknown };

Kind kindOf(QByteArrayView kind)
{
    if (kind == "info")
        return Kind::Info;
    if (kind == "todo")
        return Kind::Todo;
    if (kind == "local")
        return Kind::Local;
    if (kind == "remote")
        return Kind::Remote;
    if (kind == "bounce")
        return Kind::Bounce;
    return Kind::Unknown;
}

QString fileName(Kind kind)
{
    switch (kind) {
    case Kind::Info:
        return QStringLiteral("info");
    case Kind::Todo:
        return QStringLiteral("todo");
    case Kind::Local:
        return QStringLiteral("local");
    case Kind::Remote:
        return QStringLiteral("remote");
    case Kind::Bounce:
        return QStringLiteral("bounce");
    case Kind::Unknown:
        break;
    }
    return QString();
}

qint64 sizeOf(const QueueDumpFrame &frame)
{
    return frame.extra.isEmpty() || frame.extra.first() < 0 ? -1 : frame.extra.first();
}

} // namespace

QmailRetry qmailNextRetry(qint64 birth, QmailChannel channel, qint64 now, qint64 lifetime)
{
    const qint64 skip = channel == QmailChannel::Local ? 10 : 20;
    qint64 age = 0;
    if (now > birth && qSubOverflow(now, birth, &age))
        age = kMaxTime;
    // The smallest k ≥ 1 with birth + (k·skip)² > now: k·skip > sqrt(age)
    // means k·skip ≥ isqrt(age) + 1.
    const quint64 step = (isqrt(quint64(qMax<qint64>(age, 0))) / quint64(skip) + 1) * quint64(skip);
    qint64 square = 0;
    QmailRetry retry;
    if (step > quint64(kMaxTime) || qMulOverflow(qint64(step), qint64(step), &square))
        retry.at = kMaxTime;
    else
        retry.at = saturatedAdd(birth, square);
    retry.lastAttempt = retry.at > saturatedAdd(birth, qMax<qint64>(lifetime, 0));
    return retry;
}

QList<QueueRecipient> qmailBounceReports(QByteArrayView bounce)
{
    QList<QueueRecipient> reports;
    qsizetype pos = 0;
    while (pos < bounce.size()) {
        qsizetype end = bounce.indexOf("\n\n", pos);
        const qsizetype next = end < 0 ? bounce.size() : end + 2;
        if (end < 0)
            end = bounce.size();
        const QByteArrayView entry = bounce.sliced(pos, end - pos);
        pos = next;
        const qsizetype lineEnd = entry.indexOf('\n');
        const QByteArrayView head = lineEnd < 0 ? entry : entry.first(lineEnd);
        if (head.size() < 3 || !head.startsWith('<') || !head.endsWith(">:"))
            continue;
        QByteArrayView text = lineEnd < 0 ? QByteArrayView() : entry.sliced(lineEnd + 1);
        while (text.endsWith('\n'))
            text.chop(1);
        reports.append(QueueRecipient {QString::fromUtf8(head.sliced(1, head.size() - 3)), QString::fromUtf8(text)});
    }
    return reports;
}

QList<QueueMessage> qmailMessagesFromDump(const QList<QueueDumpFrame> &frames, qint64 now, QStringList *problemList,
    qint64 lifetime, const QmailLogReasons *log)
{
    Problems problems(problemList);
    StringPool strings;

    // Pass 1: which frames belong to which id, in the order ids first appear
    // with an info or todo frame.
    QHash<QByteArray, Files> files;
    QList<QByteArray> order;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const QueueDumpFrame &frame = frames[i];
        const Kind kind = kindOf(frame.kind);
        if (kind == Kind::Unknown) {
            problems.add(frame.id, Tr::tr("unknown file kind \"%1\"").arg(QString::fromUtf8(frame.kind.left(20))));
            continue;
        }
        if (!isQueueNumber(frame.id)) {
            problems.add(frame.id, Tr::tr("the %1 file's name is not a queue number").arg(fileName(kind)));
            continue;
        }
        Files &f = files[frame.id];
        qsizetype *slot = nullptr;
        switch (kind) {
        case Kind::Info:
            slot = &f.info;
            break;
        case Kind::Todo:
            slot = &f.todo;
            break;
        case Kind::Local:
            slot = &f.local;
            break;
        case Kind::Remote:
            slot = &f.remote;
            break;
        case Kind::Bounce:
            slot = &f.bounce;
            break;
        case Kind::Unknown:
            break;
        }
        if (*slot >= 0) {
            problems.add(frame.id, Tr::tr("the %1 file is listed twice").arg(fileName(kind)));
            continue;
        }
        // The helper's last number is 1 when it read only the first 16 MiB of the file.
        const qsizetype cutAt = kind == Kind::Info || kind == Kind::Todo ? 1 : 0;
        if (frame.extra.size() > cutAt && frame.extra.at(cutAt) == 1)
            problems.add(frame.id,
                Tr::tr("the %1 file is larger than the helper reads (16 MiB); what follows is missing")
                    .arg(fileName(kind)));
        if ((kind == Kind::Info || kind == Kind::Todo) && f.info < 0 && f.todo < 0)
            order.append(frame.id);
        *slot = i;
    }

    // Pass 2: one message per id with info or todo.
    QList<QueueMessage> messages;
    messages.reserve(order.size());
    QList<Record> records;
    for (const QByteArray &id : order) {
        const Files &f = files[id];
        QueueMessage message;
        message.id = QString::fromLatin1(id);
        const bool todo = f.todo >= 0;
        const QueueDumpFrame &main = frames[todo ? f.todo : f.info];
        message.queue = todo ? QueueName::Todo : QueueName::Deferred;
        message.arrival = main.mtime;
        message.size = sizeOf(main);

        records.clear();
        const bool complete = splitRecords(main.data, &records);
        bool haveSender = false;
        for (const Record &record : std::as_const(records)) {
            if (record.type == 'F' && !haveSender) {
                message.sender = strings.share(record.text);
                haveSender = true;
                if (!todo)
                    break; // info holds only the sender
            } else if (todo && record.type == 'T') {
                message.recipients.append(QueueRecipient {strings.share(record.text), QString()});
            }
        }
        if (!complete)
            problems.add(id,
                Tr::tr("the last record of the %1 file has no NUL at its end (cut short?)")
                    .arg(fileName(todo ? Kind::Todo : Kind::Info)));
        if (complete && (!haveSender || (!todo && records.first().type != 'F')))
            problems.add(id,
                Tr::tr("the %1 file does not start with the sender (an F record)")
                    .arg(fileName(todo ? Kind::Todo : Kind::Info)));
        if (todo) {
            messages.append(std::move(message));
            continue;
        }

        qint64 next = 0;
        for (const auto &[channel, index, kind] : {std::tuple {QmailChannel::Local, f.local, Kind::Local},
                 std::tuple {QmailChannel::Remote, f.remote, Kind::Remote}}) {
            if (index < 0)
                continue;
            const QueueDumpFrame &frame = frames[index];
            records.clear();
            const bool whole = splitRecords(frame.data, &records);
            bool pending = false;
            for (const Record &record : std::as_const(records)) {
                if (record.type == 'T') {
                    QString reason;
                    // A stamp a second before birth still counts: info/'s mtime is whole seconds.
                    if (const QmailLogReason *logged = log ? log->find(id, record.text) : nullptr;
                        logged && (logged->time == 0 || logged->time + 1 >= message.arrival)) {
                        reason = logged->text;
                        message.lastAttempt = qMax(message.lastAttempt, logged->time);
                    }
                    message.recipients.append(QueueRecipient {strings.share(record.text), reason});
                    pending = true;
                } else if (record.type != 'D') {
                    // qmail-send stops reading the file here, and so do we.
                    problems.add(id, Tr::tr("an unknown record type in the %1 file").arg(fileName(kind)));
                    break;
                }
            }
            if (!whole)
                problems.add(id,
                    Tr::tr("the last record of the %1 file has no NUL at its end (cut short?)").arg(fileName(kind)));
            if (!pending)
                continue;
            // A channel file's mtime after now was written by a stopped
            // qmail-send (pqfinish()): the time it will try next.
            const qint64 at = frame.mtime > now ? frame.mtime : qmailNextRetry(message.arrival, channel, now).at;
            if (next == 0 || at < next)
                next = at;
        }
        if (next != 0) {
            message.nextRetry = next;
            message.retryKind = RetryKind::Estimate;
            message.forcedExpire = next > saturatedAdd(message.arrival, qMax<qint64>(lifetime, 0));
        }
        messages.append(std::move(message));
    }

    // Channel and bounce files of an id qmail-send does not know.
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const QueueDumpFrame &frame = frames[i];
        const Kind kind = kindOf(frame.kind);
        if (kind != Kind::Local && kind != Kind::Remote && kind != Kind::Bounce)
            continue;
        const auto it = files.constFind(frame.id);
        if (it == files.constEnd() || it->info >= 0 || it->todo >= 0)
            continue;
        const qsizetype slot = kind == Kind::Local ? it->local : kind == Kind::Remote ? it->remote : it->bounce;
        if (slot == i)
            problems.add(frame.id, Tr::tr("a %1 file without an info file").arg(fileName(kind)));
    }
    return messages;
}

} // namespace Mailwarden::Queue
