// libFuzzer target for the time stamps at the start of log lines (syslog,
// RFC 3339, TAI64N, tai64nlocal): never crash, and on success the rest of the
// line is a tail of the line and the date is a real one.
#include "stats/logtimestamp.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Mailwarden::Stats;

namespace {

void checkResult(std::string_view line, const LogTime &time, std::string_view rest)
{
    if (rest.data() < line.data() || rest.data() + rest.size() != line.data() + line.size())
        std::abort(); // the rest must be the line's own tail
    if (time.month < 0 || time.month > 12 || time.day < 0 || time.day > 31 || time.hour < 0 || time.hour > 23
        || time.minute < 0 || time.minute > 59 || time.second < 0 || time.second > 60)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view line(reinterpret_cast<const char *>(data), size);
    LogTime time;
    std::string_view rest;
    if (LogTimestamp::parseSyslog(line, time, rest))
        checkResult(line, time, rest);
    time = {};
    rest = {};
    if (LogTimestamp::parseMultilog(line, time, rest))
        checkResult(line, time, rest);
    return 0;
}
