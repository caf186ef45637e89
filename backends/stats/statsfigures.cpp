#include "statsfigures.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace Mailwarden::Stats {

namespace {

template<typename V, typename Add>
void mergeMap(KeyMap<V> &into, KeyMap<V> &&from, Add add)
{
    if (into.empty()) {
        into = std::move(from);
        return;
    }
    into.reserve(into.size() + from.size());
    for (auto &[key, value] : from) {
        auto [it, added] = into.try_emplace(key);
        if (added)
            it->second = std::move(value);
        else
            add(it->second, value);
    }
}

void addCount(std::int64_t &a, const std::int64_t &b)
{
    a += b;
}

void addVolume(Volume &a, const Volume &b)
{
    a.count += b.count;
    a.bytes += b.bytes;
}

void addDelivery(DeliveryVolume &a, const DeliveryVolume &b)
{
    a.count += b.count;
    a.bytes += b.bytes;
    a.defers += b.defers;
    a.delaySum += b.delaySum;
    a.delayMax = std::max(a.delayMax, b.delayMax);
}

// floor(4 * log2(r)) for r >= 1 from the double's exponent and mantissa,
// without a libm call per delivery line (it showed in the profile).
int quarterOctaves(double r)
{
    const auto bits = std::bit_cast<std::uint64_t>(r);
    const int exponent = int((bits >> 52) & 0x7ff) - 1023;
    const double mantissa = std::bit_cast<double>((bits & 0xfffffffffffffULL) | (1023ULL << 52)); // [1, 2)
    // 2^(1/4), 2^(2/4), 2^(3/4)
    const int quarter
        = (mantissa >= 1.189207115002721) + (mantissa >= 1.4142135623730951) + (mantissa >= 1.681792830507429);
    return 4 * exponent + quarter;
}

} // namespace

void DelayHistogram::add(double seconds)
{
    int bucket = 0;
    if (seconds >= 0.01)
        bucket = std::min(Buckets - 1, 1 + (std::isfinite(seconds) ? quarterOctaves(seconds / 0.01) : Buckets));
    ++counts[std::size_t(bucket)];
    ++samples;
    sum += seconds;
    max = std::max(max, seconds);
}

void DelayHistogram::merge(const DelayHistogram &o)
{
    for (std::size_t i = 0; i < counts.size(); ++i)
        counts[i] += o.counts[i];
    samples += o.samples;
    sum += o.sum;
    max = std::max(max, o.max);
}

double DelayHistogram::percentile(double p) const
{
    if (samples == 0)
        return 0;
    const auto wanted = std::int64_t(std::ceil(p / 100 * double(samples)));
    std::int64_t seen = 0;
    for (int i = 0; i < Buckets; ++i) {
        seen += counts[std::size_t(i)];
        if (seen >= std::max<std::int64_t>(wanted, 1))
            return std::min(max, i == 0 ? 0.01 : 0.01 * std::exp2(double(i) / 4));
    }
    return max;
}

std::int64_t StatsFigures::deliveredDomainCount() const
{
    return std::int64_t(std::count_if(
        recipientDomains.begin(), recipientDomains.end(), [](const auto &d) { return d.second.count > 0; }));
}

void StatsFigures::merge(StatsFigures &&o)
{
    received += o.received;
    delivered += o.delivered;
    forwarded += o.forwarded;
    deferredMessages += o.deferredMessages;
    deferrals += o.deferrals;
    bounced += o.bounced;
    expired += o.expired;
    rejected += o.rejected;
    rejectWarnings += o.rejectWarnings;
    held += o.held;
    discarded += o.discarded;
    bytesReceived += o.bytesReceived;
    bytesDelivered += o.bytesDelivered;
    mergeMap(senders, std::move(o.senders), addVolume);
    mergeMap(sendingDomains, std::move(o.sendingDomains), addVolume);
    mergeMap(recipients, std::move(o.recipients), addVolume);
    mergeMap(recipientDomains, std::move(o.recipientDomains), addDelivery);
    for (std::size_t i = 0; i < rejectReasons.size(); ++i)
        mergeMap(rejectReasons[i], std::move(o.rejectReasons[i]), addCount);
    mergeMap(deferralReasons, std::move(o.deferralReasons), addCount);
    mergeMap(bounceReasons, std::move(o.bounceReasons), addCount);
    mergeMap(warnings, std::move(o.warnings), addCount);
    mergeMap(fatals, std::move(o.fatals), addCount);
    mergeMap(panics, std::move(o.panics), addCount);
    mergeMap(masterMessages, std::move(o.masterMessages), addCount);
    mergeMap(saslFailures, std::move(o.saslFailures), addCount);
    connections += o.connections;
    tlsSessions += o.tlsSessions;
    saslFailureCount += o.saslFailureCount;
    warningCount += o.warningCount;
    fatalCount += o.fatalCount;
    panicCount += o.panicCount;
    for (std::size_t h = 0; h < perHour.size(); ++h)
        perHour[h] += o.perHour[h];
    for (const auto &[day, t] : o.perDay)
        perDay[day] += t;
    delays.merge(o.delays);
    lines += o.lines;
    matchedLines += o.matchedLines;
    overlongLines += o.overlongLines;
}

} // namespace Mailwarden::Stats
