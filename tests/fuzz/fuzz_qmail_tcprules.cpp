// libFuzzer target for the qmail-tcprules format: parse must never crash; every input it
// accepts must be written back byte for byte, and every edit must leave a file
// that parses again. Builds with clang -fsanitize=fuzzer, or with the replay
// driver of tests/fuzz/CMakeLists.txt.
#include "qmail/qmailtcprules.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto doc = Mailwarden::QmailTcpRules::parse(bytes, QStringLiteral("tcp.smtp"));
    if (!doc) {
        if (doc.error().line < 1 || doc.error().column < 1)
            std::abort(); // errors must point at a position
        return 0;
    }
    if (doc->toBytes() != bytes)
        std::abort();
    (void)doc->check();
    const auto rules = doc->rules();
    (void)doc->addRule("192.0.2.", "allow,RELAYCLIENT=\"\"");
    if (!rules.isEmpty())
        (void)doc->setVariable(rules.first().address, "RBLSMTPD", "-no \"thanks\"");
    if (!Mailwarden::QmailTcpRules::parse(doc->toBytes(), QStringLiteral("tcp.smtp")))
        std::abort(); // an edit must never produce a file we reject
    return 0;
}
