#pragma once

#include "mailevent.h"

#include <string>
#include <unordered_map>

namespace Mailwarden::Stats {

/// Streaming parser of qmail-send's multilog lines (TAI64N "@4000..." or
/// tai64nlocal time stamps), matched up the way qmailanalog does it:
///   new msg N                         → Received (queue id N)
///   info msg N: bytes B from <S> ...  → Queued (sender, size)
///   starting delivery D: msg N to local|remote R
///   delivery D: success|failure|deferral: ...  → Delivered/Bounced/Deferred of R
///   end msg N                         → Removed
///   warning: / alert: ...             → Warning / Fatal
/// Unlike the Postfix and Sendmail parsers it keeps state between lines (the
/// open deliveries D → N, R, bounded by qmail's concurrency), so one log is
/// parsed by one instance, in order.
class QmailLogParser final
{
public:
    /// Parses one line without its line ending; false when it is no qmail-send line.
    bool parseLine(std::string_view line, EventSink &sink);

private:
    struct Delivery {
        std::string message;
        std::string recipient;
    };
    std::unordered_map<std::uint64_t, Delivery> m_deliveries;
};

} // namespace Mailwarden::Stats
