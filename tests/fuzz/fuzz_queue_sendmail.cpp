// libFuzzer target for `mw-file queue-list sendmail` output: the frames parse
// or are refused with a reason, and every message made of them has an id and
// a known queue; a broken control file is a problem, never a crash.
#include "queue/queuedump.h"
#include "queue/sendmailqueue.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Mailwarden::Queue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto frames = parseQueueDump(bytes);
    if (!frames) {
        if (frames.error().isEmpty())
            std::abort();
    } else {
        QStringList problems;
        const SendmailQueueListing listing = sendmailMessagesFromDump(*frames, 1796540200, &problems);
        for (const QueueMessage &m : listing.messages) {
            if (m.id.isEmpty() || m.queue == QueueName::Other)
                std::abort();
        }
    }
    // Each control file on its own, too.
    const auto qf = parseSendmailQf(bytes);
    if (!qf && qf.error().isEmpty())
        std::abort();
    (void)parseSendmailInterval(bytes.left(64));
    return 0;
}
