#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Mailwarden::Stats {

/// Hash for string keys that finds std::string entries by std::string_view,
/// so the hot path looks keys up without building a string. Inline, 8 bytes
/// per multiply: std::hash's out-of-line byte loop showed in the profile of
/// the statistics pass, which hashes a few short keys (addresses, domains,
/// queue ids) per log line. Deliberately not noexcept: libstdc++ then stores
/// each key's hash in its node and skips rehashing neighbouring keys on lookup.
struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const
    {
        constexpr std::uint64_t k = 0x9e3779b97f4a7c15ULL;
        std::uint64_t h = s.size() * k;
        const char *p = s.data();
        std::size_t n = s.size();
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            h = (std::rotl(h, 5) ^ w) * k;
        }
        if (n) {
            std::uint64_t w = 0;
            std::memcpy(&w, p, n);
            h = (std::rotl(h, 5) ^ w) * k;
        }
        return std::size_t(h ^ (h >> 29));
    }
};

/// Interned string keys → value; lookups by string_view allocate nothing.
template<typename V>
using KeyMap = std::unordered_map<std::string, V, KeyHash, std::equal_to<>>;

/// Finds or inserts \a key (allocating only for a new key).
template<typename V>
V &slot(KeyMap<V> &map, std::string_view key)
{
    auto it = map.find(key);
    if (it == map.end())
        it = map.emplace(std::string(key), V {}).first;
    return it->second;
}

/// The \a top (all when negative) largest entries of \a map by \a value, ties by
/// name: pointers into the map, valid while it is unchanged.
template<typename V, typename F>
std::vector<std::pair<const std::string *, const V *>> topEntries(const KeyMap<V> &map, int top, F value)
{
    std::vector<std::pair<const std::string *, const V *>> rows;
    rows.reserve(map.size());
    for (const auto &[k, v] : map)
        rows.emplace_back(&k, &v);
    const auto n = std::min<std::size_t>(rows.size(), top < 0 ? rows.size() : std::size_t(top));
    std::partial_sort(rows.begin(), rows.begin() + std::ptrdiff_t(n), rows.end(), [&](const auto &a, const auto &b) {
        const auto va = value(*a.second), vb = value(*b.second);
        return va != vb ? va > vb : *a.first < *b.first;
    });
    rows.resize(n);
    return rows;
}

/// Messages and bytes of one sender, recipient or domain.
struct Volume {
    std::int64_t count = 0;
    std::int64_t bytes = 0;
};

/// A recipient domain: deliveries, bytes, deferrals and delays (pflogsumm's
/// "Host/Domain Summary: Message Delivery").
struct DeliveryVolume {
    std::int64_t count = 0;
    std::int64_t bytes = 0;
    std::int64_t defers = 0;
    double delaySum = 0;
    double delayMax = 0;
};

/// One row of the per-hour and per-day traffic tables.
struct Traffic {
    std::int64_t received = 0, delivered = 0, deferred = 0, bounced = 0, rejected = 0;
    Traffic &operator+=(const Traffic &o)
    {
        received += o.received;
        delivered += o.delivered;
        deferred += o.deferred;
        bounced += o.bounced;
        rejected += o.rejected;
        return *this;
    }
};

/// Delivery delays on a log scale (quarter powers of two from 10 ms), so that
/// percentiles cost constant memory and merge by addition.
struct DelayHistogram {
    static constexpr int Buckets = 120;
    std::array<std::int64_t, Buckets> counts {};
    std::int64_t samples = 0;
    double sum = 0;
    double max = 0;
    void add(double seconds);
    void merge(const DelayHistogram &o);
    /// Upper bound of the bucket holding the \a p-th percentile (0..100).
    double percentile(double p) const;
};

/// Everything one pass over a log yields: pflogsumm's figures plus what it
/// leaves out (TLS, SASL, delays). Plain data; merge() adds another part's
/// figures (distinct counts are the sizes of the merged maps).
struct StatsFigures {
    // Grand Totals (pflogsumm's names)
    std::int64_t received = 0, delivered = 0, forwarded = 0;
    std::int64_t deferredMessages = 0, deferrals = 0, bounced = 0, expired = 0;
    std::int64_t rejected = 0, rejectWarnings = 0, held = 0, discarded = 0;
    std::int64_t bytesReceived = 0, bytesDelivered = 0;

    KeyMap<Volume> senders, sendingDomains, recipients;
    KeyMap<DeliveryVolume> recipientDomains;
    std::array<KeyMap<std::int64_t>, 4> rejectReasons; ///< rejected, reject warnings, held, discarded
    KeyMap<std::int64_t> deferralReasons, bounceReasons, warnings, fatals, panics, masterMessages;
    KeyMap<std::int64_t> saslFailures; ///< by client
    std::int64_t connections = 0, tlsSessions = 0, saslFailureCount = 0;
    std::int64_t warningCount = 0, fatalCount = 0, panicCount = 0;

    std::array<Traffic, 24> perHour {};
    /// Per day, keyed YYYYMMDD; year-less syslog days are resolved by StatsAggregator.
    std::map<std::int32_t, Traffic> perDay;
    DelayHistogram delays;
    std::int64_t lines = 0, matchedLines = 0;
    /// Lines longer than the readers' bound (LineSplitter, 64 KiB): cut to
    /// it, then parsed. Real MTA logs have none (syslog caps lines at 8 KiB).
    std::int64_t overlongLines = 0;

    void merge(StatsFigures &&other);

    /// pflogsumm's "recipient hosts/domains": domains with a delivery (a
    /// domain that only saw deferrals has a row but does not count).
    std::int64_t deliveredDomainCount() const;
};

} // namespace Mailwarden::Stats
