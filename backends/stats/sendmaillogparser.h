#pragma once

#include "mailevent.h"

#include <string_view>

namespace Mailwarden::Stats {

/// Pure streaming parser of Sendmail syslog lines (sm-mta, sendmail,
/// sm-msp-queue): from= (Received + Queued with size and nrcpts), to= with
/// several recipients per line (Delivered/Deferred/Bounced, delay in seconds,
/// mailer relay), ruleset=check_* rejects and "User unknown" RCPT rejects,
/// AUTH failures, STARTTLS, DSN births and SYSERR lines. Thread-safe (const),
/// no allocation.
class SendmailLogParser final
{
public:
    /// Parses one line without its line ending; false when it is no Sendmail line.
    bool parseLine(std::string_view line, EventSink &sink) const;

    /// Parses the text after the time stamp and host ("sm-mta[12]: QID: ...").
    bool parseMessage(std::string_view message, const LogTime &time, EventSink &sink) const;
};

} // namespace Mailwarden::Stats
