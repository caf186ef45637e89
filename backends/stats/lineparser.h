#pragma once

#include "mailevent.h"
#include "postfixlogparser.h"
#include "qmaillogparser.h"
#include "sendmaillogparser.h"

#include <cstring>
#include <optional>
#include <string_view>

namespace Mailwarden::Stats {

/// One of the three MTA parsers behind one call, plus the line splitter the
/// readers share. A LineParser for Postfix or Sendmail is stateless and may be
/// copied per thread; qmail's keeps open deliveries, so one per log.
class LineParser final
{
public:
    explicit LineParser(MtaKind mta, std::string postfixSyslogName = std::string("postfix"));

    MtaKind mta() const { return m_mta; }

    /// True when the parser keeps state between lines (the log cannot be split).
    bool isStateful() const { return m_mta == MtaKind::Qmail; }

    /// Parses one line (no line ending); true when it was a line of this MTA.
    bool parse(std::string_view line, EventSink &sink)
    {
        switch (m_mta) {
        case MtaKind::Postfix:
            return m_postfix.parseLine(line, sink);
        case MtaKind::Sendmail:
            return m_sendmail.parseLine(line, sink);
        case MtaKind::Qmail:
            return m_qmail.parseLine(line, sink);
        case MtaKind::Unknown:
            break;
        }
        return false;
    }

    /// Guesses the MTA from the first lines of a log; nullopt when none matches.
    static std::optional<MtaKind> detect(std::string_view sample);

    /// Calls \a f(std::string_view line) for every complete line in [begin, end)
    /// (without "\n" or "\r\n") and returns where the unfinished rest starts.
    template<typename F>
    static const char *forEachLine(const char *begin, const char *end, F &&f)
    {
        const char *p = begin;
        while (p < end) {
            const auto *nl = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
            if (!nl)
                break;
            const char *e = nl > p && nl[-1] == '\r' ? nl - 1 : nl;
            f(std::string_view(p, std::size_t(e - p)));
            p = nl + 1;
        }
        return p;
    }

private:
    MtaKind m_mta;
    PostfixLogParser m_postfix;
    SendmailLogParser m_sendmail;
    QmailLogParser m_qmail;
};

} // namespace Mailwarden::Stats
