#include "postfixlogparser.h"

#include "logtimestamp.h"
#include "textscan.h"

// The comments quote pflogsumm 1.1.5's regular expressions each check stands
// for: equality with its Grand Totals depends on taking the same lines.

namespace Mailwarden::Stats {

using namespace TextScan;
using sv = std::string_view;
constexpr auto npos = sv::npos;

namespace {

enum class Program { Cleanup, Smtpd, Postscreen, Master, Pickup, Bounce, Other };

Program classify(sv cmd)
{
    if (cmd == "smtpd")
        return Program::Smtpd;
    if (cmd == "cleanup")
        return Program::Cleanup;
    if (cmd == "postscreen")
        return Program::Postscreen;
    if (cmd == "master")
        return Program::Master;
    if (cmd == "pickup")
        return Program::Pickup;
    if (cmd == "bounce")
        return Program::Bounce;
    return Program::Other;
}

// ".*?: ([^:\s]+)" from \a from: the first ": " followed by a queue-id-like token.
sv findQid(sv s, std::size_t from)
{
    std::size_t i = from;
    while ((i = findText(s, ": ", i)) != npos) {
        const std::size_t j = i + 2;
        std::size_t k = j;
        while (k < s.size() && s[k] != ':' && !isSpace(s[k]))
            ++k;
        if (k > j)
            return s.substr(j, k - j);
        ++i;
    }
    return {};
}

// Position after "[digits]: " at \a at, or npos.
std::size_t afterPid(sv s, std::size_t at)
{
    if (at >= s.size() || s[at] != '[')
        return npos;
    std::size_t i = at + 1;
    while (i < s.size() && isDigit(s[i]))
        ++i;
    if (i == at + 1 || !startsAt(s, i, "]: "))
        return npos;
    return i + 3;
}

// "/cleanup\[\d+\]: .*?\b((?:milter-)?reject|warning|hold|discard): (header|body|END-OF-MESSAGE) (.*)$"
bool cleanupAction(sv s, std::size_t start, EventKind &kind, sv &reason)
{
    static constexpr struct {
        sv word;
        EventKind kind;
    } actions[] = {{"reject", EventKind::Rejected}, {"warning", EventKind::RejectWarning}, {"hold", EventKind::Held},
        {"discard", EventKind::Discarded}};
    for (std::size_t p = findText(s, ": ", start); p != npos; p = findText(s, ": ", p + 1)) {
        for (const auto &a : actions) {
            if (p < start + a.word.size() || s.compare(p - a.word.size(), a.word.size(), a.word) != 0)
                continue;
            const std::size_t w = p - a.word.size();
            if (w > 0 && isWord(s[w - 1]))
                continue;
            const std::size_t t = p + 2;
            if (!startsAt(s, t, "header ") && !startsAt(s, t, "body ") && !startsAt(s, t, "END-OF-MESSAGE "))
                continue;
            kind = a.kind;
            // Like pflogsumm's "s/( from \S+?)?; from=<.*$//": the client and envelope are not the reason.
            sv r = s.substr(t);
            if (const std::size_t cut = findText(r, "; from=<"); cut != npos)
                r = r.substr(0, cut);
            if (const std::size_t from = r.rfind(" from "); from != npos && r.find(' ', from + 6) == npos)
                r = r.substr(0, from);
            reason = r;
            return true;
        }
    }
    return false;
}

// Reason class of an smtpd/postscreen reject: the text after the SMTP codes,
// "<address>: " dropped, up to ';' ("Relay access denied", "Recipient address
// rejected: User unknown in local recipient table", "blocked using zen...").
sv rejectReason(sv s, std::size_t from, sv &client)
{
    // "(\S+) from (\S+?): (.*)$"
    const std::size_t f = findText(s, " from ", from);
    if (f == npos)
        return {};
    const std::size_t c = f + 6;
    const std::size_t colon = findText(s, ": ", c);
    if (colon == npos)
        return {};
    client = s.substr(c, colon - c);
    sv r = s.substr(colon + 2);
    if (r.size() > 4 && isDigit(r[0]) && isDigit(r[1]) && isDigit(r[2]) && r[3] == ' ') {
        r.remove_prefix(4);
        if (r.size() > 6 && isDigit(r[0]) && r[1] == '.') {
            const std::size_t sp = r.find(' ');
            r.remove_prefix(sp == npos ? r.size() : sp + 1);
        }
    }
    if (const std::size_t b = findText(r, " blocked using "); b != npos)
        return until(r, b + 1, ';');
    if (!r.empty() && r[0] == '<') {
        if (const std::size_t gt = findText(r, ">: "); gt != npos)
            r.remove_prefix(gt + 3);
    }
    return until(r, 0, ';');
}

// Parenthesised detail after "status=...": "(host x said: 451 4.7.1 Greylisted ...)".
sv statusDetail(sv rest)
{
    const std::size_t open = rest.find('(');
    if (open == npos)
        return {};
    sv r = until(rest, open + 1, ')');
    if (const std::size_t said = r.rfind(" said: "); said != npos)
        r.remove_prefix(said + 7);
    if (r.size() > 4 && isDigit(r[0]) && isDigit(r[1]) && isDigit(r[2]) && r[3] == ' ')
        r.remove_prefix(4);
    if (r.starts_with("connect to "))
        r.remove_prefix(11);
    if (const std::size_t reply = findText(r, " (in reply to"); reply != npos)
        r = r.substr(0, reply);
    return r;
}

// One attempt of
// "to=<([^>]*)>, (?:orig_to=<[^>]*>, )?relay=([^,]+), (?:conn_use=[^,]+, )?delay=([^,]+), (?:delays=[^,]+,
// )?(?:dsn=[^,]+, )?status=(\S+)(.*)$" at the "to=<" found at \a at.
bool matchDelivery(sv s, std::size_t at, MailEvent &e, sv &status, sv &rest)
{
    std::size_t i = at + 4;
    const std::size_t gt = s.find('>', i);
    if (gt == npos || !startsAt(s, gt, ">, "))
        return false;
    e.address = s.substr(i, gt - i);
    i = gt + 3;
    if (startsAt(s, i, "orig_to=<")) {
        const std::size_t g = s.find('>', i + 9);
        if (g != npos && startsAt(s, g, ">, "))
            i = g + 3;
    }
    // "key=([^,]+), ": the value runs to the first comma and must be followed by a space.
    auto field = [&](sv key, sv &value, bool optional) {
        if (!startsAt(s, i, key))
            return optional;
        const std::size_t v = i + key.size();
        const std::size_t comma = s.find(',', v);
        if (comma == npos || comma == v || !startsAt(s, comma, ", "))
            return false;
        value = s.substr(v, comma - v);
        i = comma + 2;
        return true;
    };
    sv relay, ignored, delay;
    if (!field("relay=", relay, false))
        return false;
    field("conn_use=", ignored, true);
    if (!field("delay=", delay, false))
        return false;
    field("delays=", ignored, true);
    field("dsn=", ignored, true);
    if (!startsAt(s, i, "status="))
        return false;
    i += 7;
    std::size_t end = i;
    while (end < s.size() && !isSpace(s[end]))
        ++end;
    if (end == i)
        return false;
    status = s.substr(i, end - i);
    rest = s.substr(end);
    e.origin = relay;
    e.delay = parseDecimal(delay);
    return true;
}

} // namespace

PostfixLogParser::PostfixLogParser(std::string syslogName) : m_syslogName(std::move(syslogName)) { }

bool PostfixLogParser::parseLine(sv line, EventSink &sink) const
{
    LogTime time;
    sv message;
    if (!LogTimestamp::parseSyslog(line, time, message))
        return false;
    return parseMessage(message, time, sink);
}

bool PostfixLogParser::parseMessage(sv s, const LogTime &time, EventSink &sink) const
{
    // "^(?:postfix|$syslogName)(?:/(?:smtps|submission))?/([^\[:]*).*?: ([^:\s]+)"
    // or "^((?:postfix)(?:-script)?)(?:\[\d+\])?: ([^:\s]+)".
    std::size_t i;
    if (s.starts_with(m_syslogName))
        i = m_syslogName.size();
    else if (s.starts_with("postfix"))
        i = 7;
    else
        return false;
    sv cmd;
    std::size_t cmdEnd;
    if (i < s.size() && s[i] == '/') {
        if (startsAt(s, i, "/smtps/"))
            i += 6;
        else if (startsAt(s, i, "/submission/"))
            i += 11;
        cmdEnd = i + 1;
        while (cmdEnd < s.size() && s[cmdEnd] != '[' && s[cmdEnd] != ':')
            ++cmdEnd;
        cmd = s.substr(i + 1, cmdEnd - i - 1);
    } else {
        // "postfix[123]: ..." or "postfix-script[123]: ...": no daemon pflogsumm counts.
        if (!s.starts_with("postfix"))
            return false;
        cmdEnd = 7;
        if (startsAt(s, cmdEnd, "-script"))
            cmdEnd += 7;
        cmd = s.substr(0, cmdEnd);
        const std::size_t pid = afterPid(s, cmdEnd);
        if (pid == npos && !startsAt(s, cmdEnd, ": "))
            return false;
    }
    const sv qid = findQid(s, cmdEnd);
    if (qid.empty())
        return false;
    const std::size_t afterQid = std::size_t(qid.data() - s.data()) + qid.size();
    const Program program = classify(cmd);

    MailEvent e;
    e.time = time;
    e.queueId = qid;

    if (program == Program::Cleanup) {
        const std::size_t start = afterPid(s, cmdEnd);
        if (start != npos && cleanupAction(s, start, e.kind, e.reason)) {
            e.origin = cmd;
            sink.event(e);
            return true;
        }
    }
    if (qid == "warning" || qid == "fatal" || qid == "panic") {
        // "s/^.*warning: //"
        const sv marker = qid == "warning" ? sv("warning: ") : qid == "fatal" ? sv("fatal: ") : sv("panic: ");
        e.kind = qid == "warning" ? EventKind::Warning : qid == "fatal" ? EventKind::Fatal : EventKind::Panic;
        e.queueId = {};
        e.origin = cmd;
        const std::size_t m = s.rfind(marker);
        e.reason = m == npos ? s : s.substr(m + marker.size());
        sink.event(e);
        if (e.kind == EventKind::Warning && (program == Program::Smtpd)
            && findText(e.reason, " authentication failed") != npos) {
            // "warning: host[1.2.3.4]: SASL LOGIN authentication failed: ..."
            const std::size_t colon = findText(e.reason, ": SASL ");
            if (colon != npos) {
                MailEvent f;
                f.kind = EventKind::SaslFailure;
                f.time = time;
                f.origin = e.reason.substr(0, colon);
                sink.event(f);
            }
        }
        return true;
    }
    auto rejectKind = [](sv word, EventKind &kind) {
        if (word == "reject")
            kind = EventKind::Rejected;
        else if (word == "reject_warning")
            kind = EventKind::RejectWarning;
        else if (word == "hold")
            kind = EventKind::Held;
        else if (word == "discard")
            kind = EventKind::Discarded;
        else
            return false;
        return true;
    };
    if (rejectKind(qid, e.kind)) {
        e.queueId = {};
        e.reason = rejectReason(s, afterQid, e.origin);
        sink.event(e);
        return true;
    }
    if (program == Program::Master) {
        e.kind = EventKind::Master;
        e.queueId = {};
        e.reason = s.substr(std::min(s.size(), afterQid - qid.size()));
        sink.event(e);
        return true;
    }
    if (program == Program::Smtpd || program == Program::Postscreen) {
        // "\[\d+\]: \w+: client=(.+?)(,|$)" and "\[\d+\]: \w+: (reject(?:_warning)?|hold|discard): "
        const std::size_t start = afterPid(s, cmdEnd);
        if (start == std::size_t(qid.data() - s.data()) && startsAt(s, afterQid, ": ")) {
            bool word = true;
            for (char c : qid)
                word = word && isWord(c);
            if (word && startsAt(s, afterQid, ": client=")) {
                e.kind = EventKind::Received;
                e.origin = until(s, afterQid + 9, ',');
                if (!e.origin.empty()) {
                    sink.event(e);
                    return true;
                }
            }
            const std::size_t colon = word ? findText(s, ": ", afterQid + 2) : npos;
            if (colon != npos && rejectKind(s.substr(afterQid + 2, colon - afterQid - 2), e.kind)) {
                e.queueId = qid == "NOQUEUE" ? sv() : qid;
                e.reason = rejectReason(s, colon, e.origin);
                sink.event(e);
                return true;
            }
        }
        if (qid == "connect" && startsAt(s, afterQid, " from ")) {
            e.kind = EventKind::Connect;
            e.queueId = {};
            e.origin = s.substr(afterQid + 6);
            sink.event(e);
        } else if (startsAt(s, afterQid, " TLS connection established from ")) {
            e.kind = EventKind::TlsEstablished;
            e.queueId = {};
            e.origin = until(s, afterQid + 33, ':');
            sink.event(e);
        }
        return true;
    }

    // "from=<([^>]*)>, size=(\d+)"
    for (std::size_t f = findText(s, "from=<", afterQid); f != npos; f = findText(s, "from=<", f + 1)) {
        const std::size_t gt = s.find('>', f + 6);
        if (gt == npos)
            break;
        if (!startsAt(s, gt, ">, size=") || !isDigit(gt + 8 < s.size() ? s[gt + 8] : 'x'))
            continue;
        std::size_t used;
        e.kind = EventKind::Queued;
        e.address = s.substr(f + 6, gt - f - 6);
        e.size = parseUnsigned(s.substr(gt + 8), used);
        sink.event(e);
        return true;
    }
    for (std::size_t t = findText(s, "to=<", afterQid); t != npos; t = findText(s, "to=<", t + 1)) {
        sv status, rest;
        if (!matchDelivery(s, t, e, status, rest))
            continue;
        if (status == "sent") {
            const std::size_t fwd = findText(rest, "forwarded as ");
            if (fwd != npos) {
                e.kind = EventKind::Forwarded;
                sink.event(e);
                // The forwarded copy's queue id starts a new life.
                MailEvent b;
                b.kind = EventKind::Birth;
                b.time = time;
                b.queueId = until(rest, fwd + 13, ')');
                sink.event(b);
                return true;
            }
            e.kind = EventKind::Delivered;
        } else if (status == "deferred") {
            e.kind = EventKind::Deferred;
            e.reason = statusDetail(rest);
        } else if (status == "bounced") {
            e.kind = EventKind::Bounced;
            e.reason = statusDetail(rest);
        } else {
            return true; // expired, undeliverable, deliverable: pflogsumm counts none of them
        }
        sink.event(e);
        return true;
    }
    if (program == Program::Pickup) {
        // ": (sender|uid)="
        if (findText(s, ": sender=", afterQid - qid.size()) != npos
            || findText(s, ": uid=", afterQid - qid.size()) != npos) {
            e.kind = EventKind::Received;
            e.origin = "pickup";
            sink.event(e);
        }
        return true;
    }
    if (startsAt(s, afterQid, ": removed") && afterQid + 9 == s.size()) {
        e.kind = EventKind::Removed;
        sink.event(e);
    } else if (program == Program::Bounce) {
        // "QID: sender non-delivery notification: BOUNCEQID"
        const std::size_t n = findText(s, "notification: ", afterQid);
        if (n != npos) {
            e.kind = EventKind::Birth;
            e.queueId = s.substr(n + 14);
            sink.event(e);
        }
    } else if (findText(s, ", status=expired", afterQid) != npos) {
        e.kind = EventKind::Expired;
        sink.event(e);
    } else if (findText(s, " TLS connection established to ", afterQid) != npos) {
        e.kind = EventKind::TlsEstablished;
        e.queueId = {};
        e.origin = {};
        sink.event(e);
    }
    return true;
}

} // namespace Mailwarden::Stats
