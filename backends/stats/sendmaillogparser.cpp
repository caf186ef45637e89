#include "sendmaillogparser.h"

#include "logtimestamp.h"
#include "textscan.h"

namespace Mailwarden::Stats {

using namespace TextScan;
using sv = std::string_view;
constexpr auto npos = sv::npos;

namespace {

// Value of "key=value" up to ", " (or the end), searched from \a from.
sv field(sv s, sv key, std::size_t from = 0)
{
    std::size_t k = s.find(key, from);
    while (k != npos && k > 0 && s[k - 1] != ' ')
        k = s.find(key, k + 1);
    if (k == npos)
        return {};
    const std::size_t v = k + key.size();
    const std::size_t end = findText(s, ", ", v);
    return s.substr(v, end == npos ? npos : end - v);
}

sv unbracket(sv a)
{
    if (a.size() >= 2 && a.front() == '<' && a.back() == '>')
        return a.substr(1, a.size() - 2);
    return a;
}

// "HH:MM:SS" or "D+HH:MM:SS" → seconds; -1 when malformed.
double sendmailDelay(sv d)
{
    std::size_t used = 0;
    double days = 0;
    if (const std::size_t plus = d.find('+'); plus != npos) {
        days = double(parseUnsigned(d, used));
        d.remove_prefix(plus + 1);
    }
    if (d.size() < 8 || d[2] != ':' || d[5] != ':')
        return -1;
    const double h = double(parseUnsigned(d.substr(0, 2), used));
    const double m = double(parseUnsigned(d.substr(3, 2), used));
    const double sec = double(parseUnsigned(d.substr(6, 2), used));
    return days * 86400 + h * 3600 + m * 60 + sec;
}

bool isProgram(sv s)
{
    return s.starts_with("sm-mta") || s.starts_with("sendmail") || s.starts_with("sm-msp-queue");
}

} // namespace

bool SendmailLogParser::parseLine(sv line, EventSink &sink) const
{
    LogTime time;
    sv message;
    if (!LogTimestamp::parseSyslog(line, time, message))
        return false;
    return parseMessage(message, time, sink);
}

bool SendmailLogParser::parseMessage(sv s, const LogTime &time, EventSink &sink) const
{
    if (!isProgram(s))
        return false;
    const std::size_t colon = findText(s, ": ");
    if (colon == npos)
        return false;
    MailEvent e;
    e.time = time;
    sv body = s.substr(colon + 2);
    if (body.starts_with("STARTTLS=")) {
        e.kind = EventKind::TlsEstablished;
        e.origin = field(body, "relay=");
        sink.event(e);
        return true;
    }
    // "QID: text"; Sendmail queue ids are [0-9A-Za-z]{8,}.
    std::size_t q = 0;
    while (q < body.size() && isWord(body[q]))
        ++q;
    if (q >= 8 && startsAt(body, q, ": ")) {
        e.queueId = body.substr(0, q);
        body.remove_prefix(q + 2);
    }
    if (body.starts_with("from=")) {
        std::size_t used;
        const sv nrcpts = field(body, "nrcpts=");
        const auto recipients = std::int32_t(parseUnsigned(nrcpts, used));
        if (recipients == 0)
            return true; // a session that delivered nothing (rejected RCPTs log their own lines)
        e.kind = EventKind::Received;
        e.origin = field(body, "relay=");
        sink.event(e);
        e.kind = EventKind::Queued;
        e.address = unbracket(field(body, "from="));
        e.size = parseUnsigned(field(body, "size="), used);
        e.recipients = recipients;
        sink.event(e);
        return true;
    }
    if (body.starts_with("to=")) {
        const sv stat = field(body, "stat=");
        const sv dsn = field(body, "dsn=");
        if (stat.starts_with("Sent"))
            e.kind = EventKind::Delivered;
        else if (stat.starts_with("Deferred") || dsn.starts_with('4'))
            e.kind = EventKind::Deferred;
        else if (dsn.starts_with('5') || (!dsn.empty() && !stat.starts_with("queued")))
            e.kind = EventKind::Bounced;
        else
            return true; // "stat=queued": accepted for a later queue run
        e.reason = stat.starts_with("Deferred: ") ? stat.substr(10) : stat;
        if (const std::size_t paren = findText(e.reason, " ("); paren != npos && e.kind == EventKind::Delivered)
            e.reason = e.reason.substr(0, paren);
        e.delay = sendmailDelay(field(body, "delay="));
        e.origin = field(body, "relay=");
        // "to=<a@x>,<b@y>, delay=...": one event per recipient.
        const sv list = field(body, "to=");
        std::size_t start = 0;
        while (start < list.size()) {
            std::size_t comma = list.find(',', start);
            if (comma == npos)
                comma = list.size();
            e.address = unbracket(list.substr(start, comma - start));
            sink.event(e);
            start = comma + 1;
        }
        return true;
    }
    if (body.starts_with("ruleset=check_")) {
        const sv rejectText = field(body, "reject=");
        if (rejectText.empty()) {
            if (findText(body, ", discard") != npos) {
                e.kind = EventKind::Discarded;
                e.reason = field(body, "ruleset=");
                sink.event(e);
            }
            return true;
        }
        e.kind = EventKind::Rejected;
        sv r = rejectText;
        // "550 5.7.1 <x>... Relaying denied" → "Relaying denied"
        if (const std::size_t dots = findText(r, "... "); dots != npos)
            r.remove_prefix(dots + 4);
        else if (r.size() > 10 && isDigit(r[0]))
            r.remove_prefix(r.find(' ', 4) == npos ? 0 : r.find(' ', 4) + 1);
        e.reason = r;
        e.origin = field(body, "relay=");
        e.queueId = {};
        sink.event(e);
        return true;
    }
    if (body.starts_with("<")) {
        // "<user@x>... User unknown": an RCPT refused before queueing.
        const std::size_t dots = findText(body, ">... ");
        if (dots != npos) {
            e.kind = EventKind::Rejected;
            e.reason = body.substr(dots + 5);
            e.queueId = {};
            sink.event(e);
        }
        return true;
    }
    if (body.starts_with("AUTH failure")) {
        e.kind = EventKind::SaslFailure;
        e.origin = field(body, "relay=");
        sink.event(e);
        return true;
    }
    if (e.queueId.size() >= 8) {
        // "BOUNCEQID: QID: DSN: User unknown": the DSN's own life starts, one recipient.
        std::size_t r = 0;
        while (r < body.size() && isWord(body[r]))
            ++r;
        if (r >= 8 && startsAt(body, r, ": DSN: ")) {
            e.kind = EventKind::Birth;
            e.recipients = 1;
            sink.event(e);
            return true;
        }
    }
    if (body.starts_with("SYSERR")) {
        e.kind = EventKind::Fatal;
        e.origin = s.substr(0, s.find('['));
        e.reason = body;
        sink.event(e);
    }
    return true;
}

} // namespace Mailwarden::Stats
