#pragma once

#include "core/mtakind.h"

#include <cstdint>
#include <string_view>

namespace Mailwarden::Stats {

/// The time of one log line, as far as the line tells it. Syslog's traditional
/// stamp has no year (year == 0): StatsAggregator resolves it. RFC 3339,
/// journald short-iso and TAI64N stamps also give an epoch (hasEpoch).
struct LogTime {
    std::int16_t year = 0; ///< 0 when the line does not say
    std::int8_t month = 0; ///< 1..12, 0 when unknown
    std::int8_t day = 0;
    std::int8_t hour = 0;
    std::int8_t minute = 0;
    std::int8_t second = 0;
    bool hasEpoch = false;
    std::int64_t epoch = 0; ///< seconds since 1970 (UTC), valid when hasEpoch
};

/// What one log line reports. Several figures of pflogsumm depend on the order
/// of these per queue id (a delivery counts the size its message was queued with).
enum class EventKind : std::uint8_t {
    Birth, ///< a queue id starts a new life without a client (bounce, forward)
    Received, ///< accepted from a client (origin) or local pickup (origin "pickup")
    Queued, ///< sender and size known (Postfix qmgr from=, Sendmail from=, qmail info msg)
    Delivered, ///< one recipient delivered (status=sent, stat=Sent, delivery: success)
    Forwarded, ///< one recipient forwarded (Postfix "forwarded as")
    Deferred, ///< one recipient deferred
    Bounced, ///< one recipient bounced
    Expired, ///< message returned after its queue lifetime
    Removed, ///< the queue id is gone; its state may be dropped
    Rejected, ///< an SMTP or header/body reject
    RejectWarning, ///< reject_warning, or a cleanup "warning: header|body"
    Held, ///< hold action
    Discarded, ///< discard action
    Connect, ///< an SMTP client connected
    TlsEstablished, ///< a TLS session started (inbound or outbound)
    SaslFailure, ///< SMTP AUTH failed; origin is the client
    Warning, ///< daemon warning (program in origin)
    Fatal, ///< daemon fatal error
    Panic, ///< daemon panic
    Master, ///< Postfix master daemon message
};

/// One event, with views into the line it came from: valid only during the
/// EventSink::event() call. Fields a kind does not use stay empty or zero.
struct MailEvent {
    EventKind kind = EventKind::Warning;
    LogTime time;
    std::string_view queueId;
    std::string_view address; ///< sender (Queued) or recipient (deliveries)
    std::string_view origin; ///< client "host[ip]", relay, or program name
    std::string_view reason; ///< reject/deferral/bounce/warning text, short form
    std::int64_t size = 0; ///< message size in bytes (Queued)
    double delay = 0; ///< total delay in seconds (deliveries), -1 when unknown
    /// Queued/Birth: recipients still to come, when the log never says "removed"
    /// (Sendmail, qmail): the queue id's state is dropped after that many final
    /// deliveries. 0: wait for a Removed event (Postfix).
    std::int32_t recipients = 0;
};

/// Receives the events of a parser. Implemented by StatsAggregator; tests
/// implement it to collect events.
class EventSink
{
public:
    virtual ~EventSink() = default;
    /// Called once per event, in log order. \a event's views die after the call.
    virtual void event(const MailEvent &event) = 0;
};

/// Which MTA's log format a parser reads: the one MtaKind of core/ (a parser
/// for MtaKind::Unknown reads nothing).
using Mailwarden::MtaKind;

} // namespace Mailwarden::Stats
