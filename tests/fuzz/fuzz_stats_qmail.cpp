// libFuzzer target for Qmail log lines (read from a managed host's logs).
#include "logfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return Mailwarden::Stats::Fuzz::fuzzLogLines(data, size, Mailwarden::MtaKind::Qmail);
}
