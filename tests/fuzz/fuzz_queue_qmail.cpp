// libFuzzer target for `mw-file queue-list qmail` output: the frames parse or
// are refused with a reason; every message made of them has a numeric id, is
// in the deferred or todo queue and no more messages than frames come out;
// the problems stay bounded; the same frames give the same messages again.
// The bytes are also read as each kind of qmail file on its own, and their
// first 16 bytes as a birth and a now for the retry schedule.
#include "queue/qmailqueue.h"
#include "queue/queuedump.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>

using namespace Mailwarden::Queue;

namespace {

void check(const QList<QueueDumpFrame> &frames, qint64 now)
{
    QStringList problems;
    const QList<QueueMessage> messages = qmailMessagesFromDump(frames, now, &problems);
    if (messages.size() > frames.size() || problems.size() > kMaxQmailProblems + 1)
        std::abort();
    for (const QueueMessage &m : messages) {
        if (m.id.isEmpty() || (m.queue != QueueName::Deferred && m.queue != QueueName::Todo))
            std::abort();
        for (const QChar c : m.id)
            if (c < u'0' || c > u'9')
                std::abort();
        if ((m.nextRetry != 0) != (m.retryKind == RetryKind::Estimate) || m.tries != -1)
            std::abort();
        (void)m.reason();
    }
    if (qmailMessagesFromDump(frames, now, nullptr) != messages)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qint64 now = 1796539557;
    const auto frames = parseQueueDump(bytes);
    if (!frames) {
        if (frames.error().isEmpty())
            std::abort();
    } else {
        check(*frames, now);
    }
    // The bytes as each file of one message.
    const QByteArray raw = bytes.toByteArray();
    check({QueueDumpFrame {"info", "1", raw, now - 500, {100}}, QueueDumpFrame {"local", "1", raw, now - 500, {}},
              QueueDumpFrame {"remote", "1", raw, now + 7, {}}, QueueDumpFrame {"bounce", "1", raw, now, {}},
              QueueDumpFrame {"todo", "2", raw, now, {100}}},
        now);
    (void)qmailBounceReports(bytes);
    // The schedule never lies in the past (or saturates), whatever the numbers.
    if (size >= 2 * sizeof(qint64)) {
        qint64 birth = 0;
        qint64 at = 0;
        std::memcpy(&birth, data, sizeof birth);
        std::memcpy(&at, data + sizeof birth, sizeof at);
        for (const QmailChannel channel : {QmailChannel::Local, QmailChannel::Remote}) {
            const QmailRetry retry = qmailNextRetry(birth, channel, at, qint64(size) * 1000);
            if (retry.at <= at && retry.at != std::numeric_limits<qint64>::max())
                std::abort();
        }
    }
    return 0;
}
