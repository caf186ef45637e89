// libFuzzer target for what an SMTP server sends: the reply parser fed in
// chunks must agree with parsing everything at once, never hold more than its
// bounds, and every reply must survive the EHLO capability reader and summary().
#include "probes/ehlocapabilities.h"
#include "probes/smtpreply.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Mailwarden::Probes;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the chunk size, as a socket would split the bytes.
    const qsizetype chunk = 1 + data[0] % 64;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const auto whole = SmtpReplyParser::parseAll(bytes);

    SmtpReplyParser parser;
    QList<SmtpReply> replies;
    bool failed = false;
    for (qsizetype at = 0; at < bytes.size() && !failed; at += chunk) {
        const auto more = parser.feed(bytes.sliced(at, qMin(chunk, bytes.size() - at)));
        if (!more) {
            failed = true;
            break;
        }
        replies += *more;
        const qsizetype bound = SmtpReplyParser::MaxLineLength * (SmtpReplyParser::MaxLinesPerReply + 2) + chunk;
        if (parser.bufferedBytes() > bound)
            std::abort(); // the parser keeps a bounded amount of a hostile server's bytes
    }
    if (failed != !whole || (whole && replies != *whole))
        std::abort(); // chunking must not change the result
    for (const SmtpReply &reply : replies) {
        if (reply.code < 200 || reply.code > 599 || reply.lines.size() > SmtpReplyParser::MaxLinesPerReply)
            std::abort();
        (void)reply.summary();
        const EhloCapabilities caps = EhloCapabilities::fromReply(reply);
        (void)caps.authMechanisms();
        (void)caps.sizeLimit();
        (void)caps.has("STARTTLS");
    }
    return 0;
}
