#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace Mailwarden::Stats::TextScan {

/// Small inline helpers the line parsers share: ASCII classes as Perl's regex
/// sees them, and number conversions without locale or allocation.

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// Perl's \s.
inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// Perl's \w (ASCII).
inline bool isWord(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
}

inline bool startsAt(std::string_view s, std::size_t at, std::string_view what)
{
    return at <= s.size() && s.size() - at >= what.size() && s.compare(at, what.size(), what) == 0;
}

/// startsAt() for a literal: its length is a constant, so the compiler
/// compares inline instead of calling memcmp (several times per log line).
template<std::size_t N>
inline bool startsAt(std::string_view s, std::size_t at, const char (&what)[N])
{
    constexpr std::size_t n = N - 1;
    return at <= s.size() && s.size() - at >= n && std::memcmp(s.data() + at, what, n) == 0;
}

/// s.find(literal, from), with memchr for the first character and an inline
/// compare for the rest: std::string_view::find steps byte by byte and calls
/// memcmp at every candidate.
template<std::size_t N>
inline std::size_t findText(std::string_view s, const char (&what)[N], std::size_t from = 0)
{
    constexpr std::size_t n = N - 1;
    static_assert(n > 0);
    if (from >= s.size() || s.size() - from < n)
        return std::string_view::npos;
    const char *p = s.data() + from;
    const char *const last = s.data() + s.size() - n; // the last place a match can start
    while (p <= last) {
        p = static_cast<const char *>(std::memchr(p, what[0], std::size_t(last - p) + 1));
        if (!p)
            return std::string_view::npos;
        if (std::memcmp(p + 1, what + 1, n - 1) == 0)
            return std::size_t(p - s.data());
        ++p;
    }
    return std::string_view::npos;
}

/// Leading decimal digits of \a s; \a used gets their count.
inline std::int64_t parseUnsigned(std::string_view s, std::size_t &used)
{
    std::int64_t v = 0;
    std::size_t i = 0;
    while (i < s.size() && isDigit(s[i]) && i < 18)
        v = v * 10 + (s[i++] - '0');
    used = i;
    return v;
}

/// "12", "0.35", ".5": a non-negative decimal; -1 when \a s does not start with one.
inline double parseDecimal(std::string_view s)
{
    std::size_t i = 0;
    double v = 0;
    bool any = false;
    while (i < s.size() && isDigit(s[i])) {
        v = v * 10 + (s[i++] - '0');
        any = true;
    }
    if (i < s.size() && s[i] == '.') {
        double scale = 0.1;
        for (++i; i < s.size() && isDigit(s[i]); ++i, scale /= 10) {
            v += (s[i] - '0') * scale;
            any = true;
        }
    }
    return any ? v : -1;
}

/// Text between \a from and the first of \a stops (or the end).
inline std::string_view until(std::string_view s, std::size_t from, char stop)
{
    if (from >= s.size())
        return {};
    const std::size_t end = s.find(stop, from);
    return s.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from);
}

} // namespace Mailwarden::Stats::TextScan
