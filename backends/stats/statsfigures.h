#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
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

/// String keys → values for the counting tables: lookups by string_view
/// allocate nothing. Open addressing over a power-of-two index of (entry,
/// hash tag) pairs, so a lookup is one multiply-shift and usually one probe;
/// std::unordered_map spent two 64-bit divisions (prime bucket counts) and a
/// node chase per lookup, a sixth of the statistics pass in the profile.
/// Entries live in a deque: references stay valid while keys are added, and
/// iteration runs in insertion order. The tables only grow: no erase.
template<typename V>
class KeyMap
{
public:
    using value_type = std::pair<const std::string, V>;
    using iterator = typename std::deque<value_type>::iterator;
    using const_iterator = typename std::deque<value_type>::const_iterator;

    iterator begin() { return m_entries.begin(); }
    iterator end() { return m_entries.end(); }
    const_iterator begin() const { return m_entries.begin(); }
    const_iterator end() const { return m_entries.end(); }
    std::size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }

    iterator find(std::string_view key) { return m_entries.begin() + std::ptrdiff_t(entryIndex(key)); }
    const_iterator find(std::string_view key) const { return m_entries.begin() + std::ptrdiff_t(entryIndex(key)); }
    bool contains(std::string_view key) const { return find(key) != end(); }

    /// Inserts \a key with \a value unless present; the entry and whether it is new.
    std::pair<iterator, bool> try_emplace(std::string_view key, V value = V {})
    {
        reserve(m_entries.size() + 1);
        const std::size_t hash = KeyHash {}(key);
        Slot &slot = m_index[position(key, hash)];
        if (slot.entry)
            return {m_entries.begin() + std::ptrdiff_t(slot.entry - 1), false};
        m_entries.emplace_back(
            std::piecewise_construct, std::forward_as_tuple(key), std::forward_as_tuple(std::move(value)));
        slot = {std::uint32_t(m_entries.size()), tag(hash)};
        return {m_entries.end() - 1, true};
    }
    std::pair<iterator, bool> emplace(std::string_view key, V value) { return try_emplace(key, std::move(value)); }
    /// Room for \a n keys without growing (each growth rehashes every key).
    void reserve(std::size_t n)
    {
        while (n * 2 > m_index.size())
            grow();
    }

private:
    struct Slot {
        std::uint32_t entry = 0; ///< index + 1 into m_entries; 0: free
        std::uint32_t tag = 0; ///< the hash's low bits, compared before the key
    };

    /// The entry's index, or size() when \a key is absent.
    std::size_t entryIndex(std::string_view key) const
    {
        const std::uint32_t entry = m_index.empty() ? 0 : m_index[position(key, KeyHash {}(key))].entry;
        return entry ? entry - 1 : m_entries.size();
    }
    static std::uint32_t tag(std::size_t hash) { return std::uint32_t(hash); }
    // Fibonacci hashing takes the index from the product's high bits.
    std::size_t home(std::size_t hash) const
    {
        return std::size_t((std::uint64_t(hash) * 0x9e3779b97f4a7c15ULL) >> m_shift);
    }
    /// The slot holding \a key, or the free slot where it belongs (linear probing).
    std::size_t position(std::string_view key, std::size_t hash) const
    {
        const std::size_t mask = m_index.size() - 1;
        for (std::size_t i = home(hash);; i = (i + 1) & mask) {
            const Slot &s = m_index[i];
            if (!s.entry || (s.tag == tag(hash) && m_entries[s.entry - 1].first == key))
                return i;
        }
    }
    void grow()
    {
        const std::size_t capacity = std::max<std::size_t>(16, m_index.size() * 2);
        m_index.assign(capacity, Slot {});
        m_shift = 64 - std::countr_zero(capacity);
        const std::size_t mask = capacity - 1;
        for (std::size_t e = 0; e < m_entries.size(); ++e) {
            const std::size_t hash = KeyHash {}(m_entries[e].first);
            std::size_t i = home(hash);
            while (m_index[i].entry)
                i = (i + 1) & mask;
            m_index[i] = {std::uint32_t(e + 1), tag(hash)};
        }
    }

    std::deque<value_type> m_entries;
    std::vector<Slot> m_index; ///< empty or a power of two, at most half full
    int m_shift = 64;
};

/// Node-based string-keyed map for tables that also erase (the queue ids in flight).
template<typename V>
using KeyHashMap = std::unordered_map<std::string, V, KeyHash, std::equal_to<>>;

/// Finds or inserts \a key (allocating only for a new key).
template<typename V>
V &slot(KeyMap<V> &map, std::string_view key)
{
    return map.try_emplace(key).first->second;
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
