// libFuzzer target for the qmail-control format: parse must never crash; every input it
// accepts must be written back byte for byte, and every edit must leave a file
// that parses again. Builds with clang -fsanitize=fuzzer, or with the replay
// driver of tests/fuzz/CMakeLists.txt.
#include "qmail/qmailcontrol.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto doc = Mailwarden::QmailControl::parse(bytes, QStringLiteral("rcpthosts"));
    if (!doc) {
        if (doc.error().line < 1 || doc.error().column < 1)
            std::abort(); // errors must point at a position
        return 0;
    }
    if (doc->toBytes() != bytes)
        std::abort();
    (void)doc->check();
    const auto values = doc->values();
    (void)doc->add("fuzz.example");
    if (!values.isEmpty())
        (void)doc->remove(values.first().text);
    if (!Mailwarden::QmailControl::parse(doc->toBytes(), QStringLiteral("rcpthosts")))
        std::abort(); // an edit must never produce a file we reject
    return 0;
}
