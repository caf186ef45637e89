// libFuzzer target for Sendmail's `mailstats` output (read from a managed
// host): parse must never crash, errors point at a line, and what it accepts
// must turn into text and JSON.
#include "stats/mailstatstable.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto sections = Mailwarden::Stats::parseMailstats(bytes, QStringLiteral("mailstats"));
    if (!sections) {
        if (sections.error().line < 1)
            std::abort(); // errors must point at a line
        return 0;
    }
    (void)Mailwarden::Stats::mailstatsText(*sections);
    (void)Mailwarden::Stats::mailstatsJson(*sections);
    return 0;
}
