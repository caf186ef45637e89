#include "logtimestamp.h"

namespace Mailwarden::Stats::LogTimestamp {

namespace {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline bool twoDigits(std::string_view s, std::size_t at, int &value)
{
    if (at + 2 > s.size() || !isDigit(s[at]) || !isDigit(s[at + 1]))
        return false;
    value = (s[at] - '0') * 10 + (s[at + 1] - '0');
    return true;
}

// "Jan".."Dec" → 1..12; 0 otherwise. Case-sensitive, as syslog writes them.
int monthNumber(const char *m)
{
    switch (m[0]) {
    case 'J':
        return m[1] == 'a' && m[2] == 'n' ? 1 : m[1] == 'u' ? (m[2] == 'n' ? 6 : m[2] == 'l' ? 7 : 0) : 0;
    case 'F':
        return m[1] == 'e' && m[2] == 'b' ? 2 : 0;
    case 'M':
        return m[1] == 'a' ? (m[2] == 'r' ? 3 : m[2] == 'y' ? 5 : 0) : 0;
    case 'A':
        return m[1] == 'p' && m[2] == 'r' ? 4 : m[1] == 'u' && m[2] == 'g' ? 8 : 0;
    case 'S':
        return m[1] == 'e' && m[2] == 'p' ? 9 : 0;
    case 'O':
        return m[1] == 'c' && m[2] == 't' ? 10 : 0;
    case 'N':
        return m[1] == 'o' && m[2] == 'v' ? 11 : 0;
    case 'D':
        return m[1] == 'e' && m[2] == 'c' ? 12 : 0;
    }
    return 0;
}

// " HOST rest": pflogsumm's "\S+ (.+)$" after the stamp.
bool skipHost(std::string_view line, std::size_t at, std::string_view &rest)
{
    if (at >= line.size() || line[at] != ' ')
        return false;
    std::size_t i = at + 1;
    const std::size_t hostStart = i;
    while (i < line.size() && !isSpace(line[i]))
        ++i;
    if (i == hostStart || i + 1 >= line.size() || line[i] != ' ')
        return false;
    rest = line.substr(i + 1);
    return true;
}

// "hh:mm:ss" at \a at.
bool clock(std::string_view s, std::size_t at, LogTime &time)
{
    int h, m, sec;
    if (!twoDigits(s, at, h) || s.size() < at + 8 || s[at + 2] != ':' || !twoDigits(s, at + 3, m) || s[at + 5] != ':'
        || !twoDigits(s, at + 6, sec))
        return false;
    if (h > 23 || m > 59 || sec > 60) // 60: a leap second
        return false;
    time.hour = std::int8_t(h);
    time.minute = std::int8_t(m);
    time.second = std::int8_t(sec);
    return true;
}

// "YYYY-MM-DD" at \a at, then \a sep.
bool date(std::string_view s, std::size_t at, char sep, LogTime &time)
{
    int c, y, mo, d;
    if (s.size() < at + 11 || !twoDigits(s, at, c) || !twoDigits(s, at + 2, y) || s[at + 4] != '-'
        || !twoDigits(s, at + 5, mo) || s[at + 7] != '-' || !twoDigits(s, at + 8, d) || s[at + 10] != sep)
        return false;
    time.year = std::int16_t(c * 100 + y);
    time.month = std::int8_t(mo);
    time.day = std::int8_t(d);
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

std::int64_t epochOf(const LogTime &t)
{
    return daysFromCivil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
}

} // namespace

std::int64_t daysFromCivil(int y, int m, int d)
{
    // Howard Hinnant's algorithm.
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

void civilFromEpoch(LogTime &t)
{
    std::int64_t days = t.epoch >= 0 ? t.epoch / 86400 : (t.epoch - 86399) / 86400;
    const std::int64_t secs = t.epoch - days * 86400;
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    t.year = std::int16_t(std::int64_t(yoe) + era * 400 + (m <= 2));
    t.month = std::int8_t(m);
    t.day = std::int8_t(d);
    t.hour = std::int8_t(secs / 3600);
    t.minute = std::int8_t(secs / 60 % 60);
    t.second = std::int8_t(secs % 60);
}

bool parseSyslog(std::string_view line, LogTime &time, std::string_view &rest)
{
    if (line.size() < 16)
        return false;
    if (!isDigit(line[0])) {
        // Traditional: "(...) {1,2}(\d{1,2}) hh:mm:ss HOST rest".
        const int month = monthNumber(line.data());
        if (month == 0 || line[3] != ' ')
            return false;
        std::size_t i = line[4] == ' ' ? 5 : 4;
        if (!isDigit(line[i]))
            return false;
        int day = line[i++] - '0';
        if (isDigit(line[i]))
            day = day * 10 + (line[i++] - '0');
        if (day < 1 || day > 31 || line[i] != ' ' || !clock(line, i + 1, time))
            return false;
        time.year = 0;
        time.month = std::int8_t(month);
        time.day = std::int8_t(day);
        time.hasEpoch = false;
        return skipHost(line, i + 9, rest);
    }
    // RFC 3339: "YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm|±hhmm) HOST rest".
    if (!date(line, 0, 'T', time) || !clock(line, 11, time))
        return false;
    std::size_t i = 19;
    if (i < line.size() && line[i] == '.') {
        ++i;
        const std::size_t digits = i;
        while (i < line.size() && isDigit(line[i]))
            ++i;
        if (i == digits)
            return false;
    }
    if (i >= line.size())
        return false;
    int offset = 0;
    if (line[i] == 'Z') {
        ++i;
    } else if (line[i] == '+' || line[i] == '-') {
        int oh, om;
        const bool colon = i + 3 < line.size() && line[i + 3] == ':';
        if (!twoDigits(line, i + 1, oh) || !twoDigits(line, i + (colon ? 4 : 3), om))
            return false;
        offset = (oh * 60 + om) * 60 * (line[i] == '-' ? -1 : 1);
        i += colon ? 6 : 5;
    } else {
        return false;
    }
    time.hasEpoch = true;
    time.epoch = epochOf(time) - offset;
    return skipHost(line, i, rest);
}

bool parseMultilog(std::string_view line, LogTime &time, std::string_view &rest)
{
    if (line.size() > 26 && line[0] == '@' && line[25] == ' ') {
        std::uint64_t secs = 0;
        for (std::size_t i = 1; i < 17; ++i) {
            const char c = line[i];
            const int v = isDigit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
            if (v < 0)
                return false;
            secs = secs << 4 | unsigned(v);
        }
        // TAI64 label 2^62 + seconds; TAI is 10 s ahead of UTC since 1972 (+ leap seconds, ignored).
        time.hasEpoch = true;
        time.epoch = std::int64_t(secs - (std::uint64_t(1) << 62)) - 10;
        civilFromEpoch(time);
        rest = line.substr(26);
        return true;
    }
    // tai64nlocal: "YYYY-MM-DD hh:mm:ss.nnnnnnnnn rest" (local time; epoch taken as UTC).
    if (!date(line, 0, ' ', time) || !clock(line, 11, time))
        return false;
    std::size_t i = 19;
    if (i < line.size() && line[i] == '.') {
        ++i;
        while (i < line.size() && isDigit(line[i]))
            ++i;
    }
    if (i + 1 >= line.size() || line[i] != ' ')
        return false;
    time.hasEpoch = true;
    time.epoch = epochOf(time);
    rest = line.substr(i + 1);
    return true;
}

} // namespace Mailwarden::Stats::LogTimestamp
