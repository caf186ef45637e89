// libFuzzer target for `postqueue -j` output: every line either parses into a
// message with an id or is refused with a column inside the line, and parsing
// the same line twice (the second time with the strings shared) agrees.
#include "queue/postqueuejson.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Mailwarden::Queue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    PostqueueJsonParser parser;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView line = bytes.sliced(start, end - start);
        const auto first = parser.parseLine(line);
        const auto again = parser.parseLine(line);
        if (first.has_value() != again.has_value())
            std::abort();
        if (first) {
            if (first->id.isEmpty() || *first != *again)
                std::abort();
            (void)first->reason();
        } else if (first.error().column < 1 || first.error().column > line.size() + 1 || first.error().message.isEmpty()
            || first.error().column != again.error().column) {
            std::abort();
        }
        if (parser.internedStrings() > PostqueueJsonParser::kMaxInterned)
            std::abort();
        start = end + 1;
    }
    return 0;
}
