// libFuzzer target for a tail of qmail-send's log (QmailLogReasons): any bytes
// parse, cut at the start or not; every reason found is bounded and carries no
// control character; parsing the same bytes twice finds the same; the logged
// form of an address never holds a blank, '%' or a control character.
#include "queue/qmaillog.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Mailwarden::Queue;

namespace {

void checkReason(const QmailLogReason *reason)
{
    if (!reason)
        return;
    if (reason->text.size() > QmailLogReasons::kMaxReasonLength + 1)
        std::abort();
    for (const QChar c : reason->text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format)
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const bool cut : {false, true}) {
        const QmailLogReasons reasons = QmailLogReasons::parse(bytes, cut);
        if (QmailLogReasons::parse(bytes, cut).messageCount() != reasons.messageCount())
            std::abort();
        // Ask for every "msg ID to … ADDRESS" the bytes name, and for the bytes themselves.
        for (const QByteArrayView line : bytes.toByteArray().split('\n')) {
            const qsizetype msg = line.indexOf("msg ");
            const qsizetype to = line.indexOf(" to ");
            if (msg < 0 || to < msg)
                continue;
            const QByteArrayView id = line.sliced(msg + 4, to - msg - 4);
            const QByteArrayView rest = line.sliced(to + 4);
            const qsizetype space = rest.indexOf(' ');
            checkReason(reasons.find(id, space < 0 ? rest : rest.sliced(space + 1)));
        }
        checkReason(reasons.find(bytes.first(qMin<qsizetype>(size, 12)), bytes));
    }
    const QByteArray logged = QmailLogReasons::loggedForm(bytes);
    for (const char c : logged) {
        if (c == ' ' || c == '%' || static_cast<unsigned char>(c) < 0x21 || static_cast<unsigned char>(c) > 0x7e)
            std::abort();
    }
    return 0;
}
