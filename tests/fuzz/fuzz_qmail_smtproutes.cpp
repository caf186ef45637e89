// libFuzzer target for the qmail-smtproutes format: parse must never crash; every input it
// accepts must be written back byte for byte, and every edit must leave a file
// that parses again. Builds with clang -fsanitize=fuzzer, or with the replay
// driver of tests/fuzz/CMakeLists.txt.
#include "qmail/qmailsmtproutes.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto doc = Mailwarden::QmailSmtpRoutes::parse(bytes, QStringLiteral("smtproutes"));
    if (!doc) {
        if (doc.error().line < 1 || doc.error().column < 1)
            std::abort(); // errors must point at a position
        return 0;
    }
    if (doc->toBytes() != bytes)
        std::abort();
    (void)doc->check();
    (void)doc->routes();
    (void)doc->addRoute("fuzz.example", "[192.0.2.1]", "25");
    (void)doc->setRoute("fuzz.example", "relay.example");
    if (!Mailwarden::QmailSmtpRoutes::parse(doc->toBytes(), QStringLiteral("smtproutes")))
        std::abort(); // an edit must never produce a file we reject
    return 0;
}
