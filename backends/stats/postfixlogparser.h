#pragma once

#include "mailevent.h"

#include <string>
#include <string_view>

namespace Mailwarden::Stats {

/// Pure streaming parser of Postfix log lines (syslog, journald short-iso and
/// maillog_file): one line in, zero or more MailEvents out.
///
/// It classifies lines exactly as pflogsumm 1.1.5 does, so that the figures
/// StatsAggregator builds from its events equal pflogsumm's Grand Totals; it
/// adds events pflogsumm ignores (TLS, SASL failures, connects, removed).
/// No allocation and no regex per line: fixed-position checks and memchr-based
/// searches only. Thread-safe: parseLine() is const.
class PostfixLogParser final
{
public:
    /// \a syslogName is Postfix's syslog_name ("postfix", or e.g. "postfix-out").
    explicit PostfixLogParser(std::string syslogName = std::string("postfix"));

    /// Parses one line without its line ending and calls \a sink per event.
    /// Returns false when the line is no Postfix line at all.
    bool parseLine(std::string_view line, EventSink &sink) const;

    /// Parses the text after the time stamp and host name ("postfix/smtpd[1]: ...").
    bool parseMessage(std::string_view message, const LogTime &time, EventSink &sink) const;

private:
    std::string m_syslogName;
};

} // namespace Mailwarden::Stats
