#include "statsaggregator.h"

#include "logtimestamp.h"
#include "pflogsummnames.h"

#include <algorithm>

namespace Mailwarden::Stats {

using sv = std::string_view;

/// One step on a queue id whose earlier state lies in an earlier part of the log.
struct StatsAggregator::PendingOp {
    enum Type : std::uint8_t { Queued, DeliveredBytes, DeferredOnce, Removed } type;
    std::string a, b; ///< sender; or recipient and its domain (already normalised)
    std::int64_t size = 0;
};

/// pflogsumm's per-queue-id hashes in one record: %rcvdMsg, %msgSizes, %msgDfrdFlgs.
struct StatsAggregator::QueueState {
    const std::string *origin = nullptr; ///< client domain or "pickup" until the sender counted
    std::int64_t size = 0;
    bool deferred = false;
    std::int32_t outstanding = 0; ///< final deliveries to go before the state is dropped; 0: never
    std::unique_ptr<std::vector<PendingOp>> pending; ///< set: state inherited from an earlier part
};

namespace {

// pflogsumm trims detail texts; bounding them also bounds the distinct keys.
sv trimmed(sv s, std::size_t max = 66)
{
    return s.size() > max ? s.substr(0, max) : s;
}

} // namespace

StatsAggregator::StatsAggregator() = default;
StatsAggregator::~StatsAggregator() = default;

void StatsAggregator::setHasPredecessor(bool hasPredecessor)
{
    m_hasPredecessor = hasPredecessor;
}

void StatsAggregator::setLiveWindow(int seconds)
{
    m_liveWindow = seconds;
}

const std::string *StatsAggregator::intern(sv s)
{
    return &m_origins.try_emplace(s).first->first;
}

Traffic &StatsAggregator::dayTraffic(const LogTime &t)
{
    std::int32_t key;
    if (t.year != 0) {
        key = t.year * 10000 + t.month * 100 + t.day;
    } else {
        int offset = m_yearOffset;
        if (m_lastMonth == 0) {
            m_firstMonth = m_lastMonth = t.month;
        } else if (t.month < m_lastMonth && m_lastMonth - t.month >= 6) {
            offset = ++m_yearOffset; // Dec → Jan
            m_lastMonth = t.month;
        } else if (t.month > m_lastMonth && t.month - m_lastMonth >= 6) {
            offset = m_yearOffset - 1; // a late line from before the rollover
        } else if (t.month > m_lastMonth) {
            m_lastMonth = t.month;
        }
        key = (offset + 100) * 10000 + t.month * 100 + t.day; // relative: < 10000101
    }
    if (key != m_dayKey || !m_day) {
        m_dayKey = key;
        m_day = &m_figures.perDay[key];
    }
    return *m_day;
}

void StatsAggregator::traffic(const LogTime &t, std::int64_t Traffic::*field)
{
    ++(m_figures.perHour[std::size_t(std::clamp<int>(t.hour, 0, 23))].*field);
    ++(dayTraffic(t).*field);
    if (m_liveWindow > 0 && t.hasEpoch) {
        ++(m_live[t.epoch].*field);
        while (!m_live.empty() && m_live.begin()->first <= t.epoch - m_liveWindow)
            m_live.erase(m_live.begin());
    }
}

KeyHashMap<StatsAggregator::QueueState>::iterator StatsAggregator::stateFor(sv qid, bool dependent)
{
    auto it = m_queue.find(qid);
    if (it != m_queue.end())
        return it;
    it = m_queue.emplace(std::string(qid), QueueState {}).first;
    if (m_hasPredecessor && dependent)
        it->second.pending = std::make_unique<std::vector<PendingOp>>();
    return it;
}

void StatsAggregator::birth(sv qid, const std::string *origin, std::int32_t outstanding)
{
    if (qid.empty())
        return;
    auto [it, born] = m_queue.try_emplace(std::string(qid), QueueState {origin, 0, false, outstanding, nullptr});
    if (born)
        return;
    // A new life: what happened before it still has to be replayed on the earlier parts.
    if (it->second.pending)
        m_orphans.emplace_back(it->first, std::move(*it->second.pending));
    it->second = QueueState {origin, 0, false, outstanding, nullptr};
}

void StatsAggregator::finalDelivery(KeyHashMap<QueueState>::iterator it)
{
    if (it != m_queue.end() && !it->second.pending && it->second.outstanding > 0 && --it->second.outstanding == 0)
        m_queue.erase(it);
}

void StatsAggregator::applyQueued(QueueState &q, sv sender, std::int64_t size)
{
    if (q.size != 0) // "next if($msgSizes{$qid})": counted once
        return;
    q.size = size;
    if (!q.origin)
        return;
    sv domain = PflogsummNames::senderDomain(sender);
    if (domain.empty())
        domain = *q.origin == "pickup" ? sender : sv(*q.origin);
    Volume &d = slot(m_figures.sendingDomains, domain);
    ++d.count;
    d.bytes += size;
    Volume &s = slot(m_figures.senders, sender);
    ++s.count;
    s.bytes += size;
    m_figures.bytesReceived += size;
    q.origin = nullptr;
}

void StatsAggregator::applyDeliveredBytes(const QueueState &q, DeliveryVolume &domain, Volume &recipient)
{
    domain.bytes += q.size;
    recipient.bytes += q.size;
    m_figures.bytesDelivered += q.size;
}

void StatsAggregator::applyDeferredOnce(QueueState &q)
{
    if (!q.deferred) {
        q.deferred = true;
        ++m_figures.deferredMessages;
    }
}

void StatsAggregator::reject(const MailEvent &e, int index, std::int64_t StatsFigures::*total)
{
    ++(m_figures.*total);
    traffic(e.time, &Traffic::rejected);
    ++slot(m_figures.rejectReasons[std::size_t(index)], trimmed(e.reason, 80));
}

void StatsAggregator::event(const MailEvent &e)
{
    if (!m_days.contains(e.time))
        return;
    switch (e.kind) {
    case EventKind::Received: {
        ++m_figures.received;
        traffic(e.time, &Traffic::received);
        const sv origin = e.origin == "pickup" ? e.origin : PflogsummNames::clientDomain(e.origin, m_buffer);
        birth(e.queueId, intern(origin), 0);
        break;
    }
    case EventKind::Birth:
        birth(e.queueId, nullptr, e.recipients);
        break;
    case EventKind::Queued: {
        const sv sender = e.address.empty() ? sv("from=<>") : PflogsummNames::address(e.address, m_buffer);
        QueueState &q = stateFor(e.queueId, true)->second;
        if (q.pending)
            q.pending->push_back({PendingOp::Queued, std::string(sender), {}, e.size});
        else
            applyQueued(q, sender, e.size);
        if (e.recipients > 0 && !q.pending)
            q.outstanding = e.recipients;
        break;
    }
    case EventKind::Delivered: {
        const sv rcpt = PflogsummNames::address(e.address, m_buffer);
        const sv domain = PflogsummNames::recipientDomain(rcpt);
        ++m_figures.delivered;
        traffic(e.time, &Traffic::delivered);
        DeliveryVolume &d = slot(m_figures.recipientDomains, domain);
        ++d.count;
        if (e.delay >= 0) {
            d.delaySum += e.delay;
            d.delayMax = std::max(d.delayMax, e.delay);
            m_figures.delays.add(e.delay);
        }
        Volume &r = slot(m_figures.recipients, rcpt);
        ++r.count;
        if (e.queueId.empty())
            break;
        const auto q = stateFor(e.queueId, true);
        if (q->second.pending)
            q->second.pending->push_back({PendingOp::DeliveredBytes, std::string(rcpt), std::string(domain), 0});
        else if (q->second.size != 0)
            applyDeliveredBytes(q->second, d, r);
        finalDelivery(q);
        break;
    }
    case EventKind::Forwarded:
        ++m_figures.forwarded;
        break;
    case EventKind::Deferred: {
        const sv rcpt = PflogsummNames::address(e.address, m_buffer);
        ++m_figures.deferrals;
        traffic(e.time, &Traffic::deferred);
        DeliveryVolume &d = slot(m_figures.recipientDomains, PflogsummNames::recipientDomain(rcpt));
        ++d.defers;
        d.delayMax = std::max(d.delayMax, e.delay);
        ++slot(m_figures.deferralReasons, trimmed(e.reason));
        if (e.queueId.empty())
            break;
        QueueState &q = stateFor(e.queueId, true)->second;
        if (q.pending)
            q.pending->push_back({PendingOp::DeferredOnce, {}, {}, 0});
        else
            applyDeferredOnce(q);
        break;
    }
    case EventKind::Bounced:
        ++m_figures.bounced;
        traffic(e.time, &Traffic::bounced);
        ++slot(m_figures.bounceReasons, trimmed(e.reason));
        if (!e.queueId.empty())
            finalDelivery(m_queue.find(e.queueId));
        break;
    case EventKind::Expired:
        ++m_figures.expired;
        break;
    case EventKind::Removed: {
        auto it = m_queue.find(e.queueId);
        if (it == m_queue.end() && m_hasPredecessor) {
            it = m_queue.emplace(std::string(e.queueId), QueueState {}).first;
            it->second.pending = std::make_unique<std::vector<PendingOp>>();
        }
        if (it == m_queue.end())
            break;
        if (it->second.pending)
            it->second.pending->push_back({PendingOp::Removed, {}, {}, 0});
        else
            m_queue.erase(it);
        break;
    }
    case EventKind::Rejected:
        reject(e, 0, &StatsFigures::rejected);
        break;
    case EventKind::RejectWarning:
        reject(e, 1, &StatsFigures::rejectWarnings);
        break;
    case EventKind::Held:
        reject(e, 2, &StatsFigures::held);
        break;
    case EventKind::Discarded:
        reject(e, 3, &StatsFigures::discarded);
        break;
    case EventKind::Connect:
        ++m_figures.connections;
        break;
    case EventKind::TlsEstablished:
        ++m_figures.tlsSessions;
        break;
    case EventKind::SaslFailure:
        ++m_figures.saslFailureCount;
        ++slot(m_figures.saslFailures, e.origin);
        break;
    case EventKind::Warning:
    case EventKind::Fatal:
    case EventKind::Panic: {
        KeyMap<std::int64_t> &map = e.kind == EventKind::Warning ? m_figures.warnings
            : e.kind == EventKind::Fatal                         ? m_figures.fatals
                                                                 : m_figures.panics;
        ++(e.kind == EventKind::Warning      ? m_figures.warningCount
                : e.kind == EventKind::Fatal ? m_figures.fatalCount
                                             : m_figures.panicCount);
        m_keyBuffer.assign(e.origin);
        m_keyBuffer += ": ";
        m_keyBuffer += trimmed(e.reason);
        ++slot(map, m_keyBuffer);
        break;
    }
    case EventKind::Master:
        ++slot(m_figures.masterMessages, trimmed(e.reason));
        break;
    }
}

void StatsAggregator::replay(sv qid, std::vector<PendingOp> &ops)
{
    auto it = m_queue.find(qid);
    if (it == m_queue.end())
        it = m_queue.emplace(std::string(qid), QueueState {}).first;
    for (PendingOp &op : ops) {
        switch (op.type) {
        case PendingOp::Queued:
            applyQueued(it->second, op.a, op.size);
            break;
        case PendingOp::DeliveredBytes:
            if (it->second.size != 0)
                applyDeliveredBytes(
                    it->second, slot(m_figures.recipientDomains, op.b), slot(m_figures.recipients, op.a));
            break;
        case PendingOp::DeferredOnce:
            applyDeferredOnce(it->second);
            break;
        case PendingOp::Removed:
            m_queue.erase(it);
            it = m_queue.emplace(std::string(qid), QueueState {}).first;
            break;
        }
    }
    // A trailing "removed" leaves a fresh record behind; drop it again.
    if (!ops.empty() && ops.back().type == PendingOp::Removed)
        m_queue.erase(it);
}

void StatsAggregator::absorb(StatsAggregator &later)
{
    // Year-less days of the later part count from its own start: shift them.
    int base = m_yearOffset;
    if (m_lastMonth != 0 && later.m_firstMonth != 0 && m_lastMonth - later.m_firstMonth >= 6)
        ++base;
    if (later.m_firstMonth != 0) {
        std::map<std::int32_t, Traffic> shifted;
        for (const auto &[key, t] : later.m_figures.perDay)
            shifted[key < 10000101 ? key + base * 10000 : key] += t;
        later.m_figures.perDay = std::move(shifted);
        if (m_firstMonth == 0)
            m_firstMonth = later.m_firstMonth;
        m_yearOffset = base + later.m_yearOffset;
        m_lastMonth = later.m_lastMonth;
    }
    m_day = nullptr;
    m_figures.merge(std::move(later.m_figures));

    // Steps that needed this part's queue state, in their order, then the later part's own states.
    for (auto &[qid, ops] : later.m_orphans)
        replay(qid, ops);
    for (auto &[qid, state] : later.m_queue) {
        if (state.pending) {
            replay(qid, *state.pending);
            continue;
        }
        QueueState copy {
            state.origin ? intern(*state.origin) : nullptr, state.size, state.deferred, state.outstanding, nullptr};
        m_queue.insert_or_assign(qid, std::move(copy));
    }
    later.m_orphans.clear();
    later.m_queue.clear();
}

void StatsAggregator::resolveYears(int referenceYear, int referenceMonth)
{
    if (m_lastMonth == 0)
        return;
    const int lastYear = m_lastMonth > referenceMonth ? referenceYear - 1 : referenceYear;
    std::map<std::int32_t, Traffic> resolved;
    for (const auto &[key, t] : m_figures.perDay) {
        if (key >= 10000101) {
            resolved[key] += t;
            continue;
        }
        const int offset = key / 10000 - 100;
        resolved[(lastYear - (m_yearOffset - offset)) * 10000 + key % 10000] += t;
    }
    m_figures.perDay = std::move(resolved);
    m_day = nullptr;
    m_lastMonth = m_firstMonth = 0;
}

} // namespace Mailwarden::Stats
