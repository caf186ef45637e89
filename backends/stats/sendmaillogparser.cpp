#include "sendmaillogparser.h"

#include "logtimestamp.h"
#include "textscan.h"

#include <array>
#include <limits>
#include <optional>

namespace Mailwarden::Stats {

using namespace TextScan;
using sv = std::string_view;
constexpr auto npos = sv::npos;

namespace {

// Where the value that starts at \a v ends: at the next separator (", "
// between fields, or ',' between the addresses of a to= list) outside <...>
// and outside a quoted string ("..." with \ escapes) that starts the value or
// lies within <...>. So `from=<"x, nrcpts=9"@y>` is one value.
enum class Separator { CommaSpace, Comma };
std::size_t valueEnd(sv s, std::size_t v, Separator separator = Separator::CommaSpace)
{
    int depth = 0;
    bool quoted = false;
    for (std::size_t i = v; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                quoted = false;
        } else if (c == '"' && (depth > 0 || i == v)) {
            quoted = true;
        } else if (c == '<') {
            ++depth;
        } else if (c == '>' && depth > 0) {
            --depth;
        } else if (c == ',' && depth == 0 && (separator == Separator::Comma || (i + 1 < s.size() && s[i + 1] == ' '))) {
            return i;
        }
    }
    return s.size();
}

// The "key=value, key=value, word" fields of a Sendmail log line, split once:
// a key counts only where a field starts, never inside another's value.
class Fields
{
public:
    explicit Fields(sv body)
    {
        std::size_t i = 0;
        while (i < body.size() && m_count < m_fields.size()) {
            const std::size_t comma = findText(body, ", ", i);
            const std::size_t eq = body.find('=', i);
            if (eq == npos || (comma != npos && comma < eq)) { // a bare word ("discard")
                const std::size_t end = comma == npos ? body.size() : comma;
                m_fields[m_count++] = {body.substr(i, end - i), {}};
                i = end + 2;
                continue;
            }
            const std::size_t end = valueEnd(body, eq + 1);
            m_fields[m_count++] = {body.substr(i, eq - i), body.substr(eq + 1, end - eq - 1)};
            i = end + 2;
        }
    }

    sv operator[](sv key) const
    {
        for (std::size_t i = 0; i < m_count; ++i) {
            if (m_fields[i].first == key)
                return m_fields[i].second;
        }
        return {};
    }
    bool has(sv key) const
    {
        for (std::size_t i = 0; i < m_count; ++i) {
            if (m_fields[i].first == key)
                return true;
        }
        return false;
    }

private:
    std::array<std::pair<sv, sv>, 24> m_fields {};
    std::size_t m_count = 0;
};

// A count field ("nrcpts=3"): digits only, at most INT32_MAX.
std::optional<std::int32_t> parseCount(sv s)
{
    if (s.empty() || s.size() > 10)
        return std::nullopt;
    std::int64_t v = 0;
    for (const char c : s) {
        if (!isDigit(c))
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    if (v > std::numeric_limits<std::int32_t>::max())
        return std::nullopt;
    return std::int32_t(v);
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
        e.origin = Fields(body)["relay"];
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
        const Fields f(body);
        const auto recipients = parseCount(f["nrcpts"]);
        if (!recipients)
            return true; // no count, or not a number we can trust
        if (*recipients == 0)
            return true; // a session that delivered nothing (rejected RCPTs log their own lines)
        e.kind = EventKind::Received;
        e.origin = f["relay"];
        sink.event(e);
        e.kind = EventKind::Queued;
        e.address = unbracket(f["from"]);
        e.size = parseUnsigned(f["size"], used);
        e.recipients = *recipients;
        sink.event(e);
        return true;
    }
    if (body.starts_with("to=")) {
        const Fields f(body);
        const sv stat = f["stat"];
        const sv dsn = f["dsn"];
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
        e.delay = sendmailDelay(f["delay"]);
        e.origin = f["relay"];
        // "to=<a@x>,<b@y>, delay=...": one event per recipient (a comma
        // inside <...> or quotes belongs to the address).
        const sv list = f["to"];
        std::size_t start = 0;
        while (start < list.size()) {
            const std::size_t comma = valueEnd(list, start, Separator::Comma);
            e.address = unbracket(list.substr(start, comma - start));
            sink.event(e);
            start = comma + 1;
        }
        return true;
    }
    if (body.starts_with("ruleset=check_")) {
        const Fields f(body);
        const sv rejectText = f["reject"];
        if (rejectText.empty()) {
            if (f.has("discard")) {
                e.kind = EventKind::Discarded;
                e.reason = f["ruleset"];
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
        e.origin = f["relay"];
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
        e.origin = Fields(body)["relay"];
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
