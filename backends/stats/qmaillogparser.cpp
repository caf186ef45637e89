#include "qmaillogparser.h"

#include "logtimestamp.h"
#include "textscan.h"

namespace Mailwarden::Stats {

using namespace TextScan;
using sv = std::string_view;
constexpr auto npos = sv::npos;

namespace {

sv number(sv s, std::size_t at)
{
    std::size_t i = at;
    while (i < s.size() && isDigit(s[i]))
        ++i;
    return s.substr(at, i - at);
}

} // namespace

bool QmailLogParser::parseLine(sv line, EventSink &sink)
{
    MailEvent e;
    sv s;
    if (!LogTimestamp::parseMultilog(line, e.time, s))
        return false;
    std::size_t used;
    if (s.starts_with("new msg ")) {
        e.kind = EventKind::Received;
        e.queueId = number(s, 8);
        e.origin = "qmail-queue";
        sink.event(e);
        return true;
    }
    if (s.starts_with("info msg ")) {
        // "info msg N: bytes B from <S> qp P uid U"
        e.kind = EventKind::Queued;
        e.queueId = number(s, 9);
        const std::size_t bytes = findText(s, ": bytes ");
        const std::size_t from = findText(s, " from <");
        if (bytes == npos || from == npos)
            return true;
        e.size = parseUnsigned(s.substr(bytes + 8), used);
        e.address = until(s, from + 7, '>');
        sink.event(e);
        return true;
    }
    if (s.starts_with("starting delivery ")) {
        // "starting delivery D: msg N to local|remote R"
        const sv d = number(s, 18);
        const std::size_t msg = findText(s, ": msg ");
        const std::size_t to = findText(s, " to ", msg == npos ? 0 : msg);
        if (d.empty() || msg == npos || to == npos)
            return true;
        const std::size_t kind = s.find(' ', to + 4);
        if (kind == npos)
            return true;
        Delivery &slot = m_deliveries[std::uint64_t(parseUnsigned(d, used))];
        slot.message.assign(number(s, msg + 6));
        slot.recipient.assign(s.substr(kind + 1));
        return true;
    }
    if (s.starts_with("delivery ")) {
        // "delivery D: success: text/" with '_' for blanks
        const sv d = number(s, 9);
        const auto it = m_deliveries.find(std::uint64_t(parseUnsigned(d, used)));
        const std::size_t colon = findText(s, ": ", 9);
        if (it == m_deliveries.end() || colon == npos)
            return true;
        const sv result = s.substr(colon + 2);
        if (result.starts_with("success"))
            e.kind = EventKind::Delivered;
        else if (result.starts_with("failure"))
            e.kind = EventKind::Bounced;
        else
            e.kind = EventKind::Deferred;
        const std::size_t reasonAt = findText(result, ": ");
        e.reason = reasonAt == npos ? result : result.substr(reasonAt + 2);
        e.queueId = it->second.message;
        e.address = it->second.recipient;
        e.delay = -1;
        sink.event(e);
        m_deliveries.erase(it);
        return true;
    }
    if (s.starts_with("end msg ")) {
        e.kind = EventKind::Removed;
        e.queueId = number(s, 8);
        sink.event(e);
        return true;
    }
    if (s.starts_with("warning: ") || s.starts_with("alert: ")) {
        e.kind = s[0] == 'w' ? EventKind::Warning : EventKind::Fatal;
        e.origin = "qmail-send";
        e.reason = s.substr(findText(s, ": ") + 2);
        sink.event(e);
        return true;
    }
    return s.starts_with("status: ") || s.starts_with("bounce msg ") || s.starts_with("triple bounce");
}

} // namespace Mailwarden::Stats
