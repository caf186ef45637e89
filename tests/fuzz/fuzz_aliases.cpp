// libFuzzer target for the aliases format: parse must never crash, and every input it
// accepts must be written back byte for byte (the lossless property); check() and
// the decoded view must not crash either, and
// a file after an edit must parse again. Builds with clang -fsanitize=fuzzer, or
// with any compiler against the standalone driver of tests/fuzz/CMakeLists.txt.
#include "formats/aliasesfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto doc = Mailwarden::AliasesFile::parse(bytes, QStringLiteral("fuzz"));
    if (!doc) {
        if (doc.error().line < 1 || doc.error().column < 1)
            std::abort(); // errors must point at a position
        return 0;
    }
    if (doc->toBytes() != bytes)
        std::abort();
    (void)doc->check();
    for (const auto &a : doc->aliases())
        (void)doc->addRecipient(a.name, "fuzz@example.com");
    if (!Mailwarden::AliasesFile::parse(doc->toBytes(), QStringLiteral("fuzz")))
        std::abort(); // an edit must never produce a file we reject
    return 0;
}
