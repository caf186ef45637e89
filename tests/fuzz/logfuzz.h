// The harness the three log-line fuzz targets share: the line splitter, the
// MTA's parser and the MTA detection must never crash, whatever the bytes.
#pragma once

#include "stats/lineparser.h"

#include <cstddef>
#include <cstdint>

namespace Mailwarden::Stats::Fuzz {

class CountingSink final : public EventSink
{
public:
    void event(const MailEvent &event) override
    {
        // The views must be readable (ASan checks the bytes).
        for (const std::string_view view : {event.queueId, event.address, event.origin, event.reason})
            for (const char c : view)
                m_sum += static_cast<unsigned char>(c);
        ++m_events;
    }

private:
    unsigned m_sum = 0;
    unsigned m_events = 0;
};

inline int fuzzLogLines(const uint8_t *data, size_t size, MtaKind mta)
{
    const char *begin = reinterpret_cast<const char *>(data);
    LineParser parser(mta);
    CountingSink sink;
    const char *rest
        = LineParser::forEachLine(begin, begin + size, [&](std::string_view line) { parser.parse(line, sink); });
    parser.parse(std::string_view(rest, std::size_t(begin + size - rest)), sink);
    (void)LineParser::detect(std::string_view(begin, size));
    return 0;
}

} // namespace Mailwarden::Stats::Fuzz
