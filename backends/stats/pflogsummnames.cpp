#include "pflogsummnames.h"

#include "textscan.h"

namespace Mailwarden::Stats::PflogsummNames {

using namespace TextScan;
using sv = std::string_view;
constexpr auto npos = sv::npos;

namespace {

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

sv lowered(sv s, std::size_t from, std::string &buffer)
{
    std::size_t i = from;
    while (i < s.size() && !(s[i] >= 'A' && s[i] <= 'Z'))
        ++i;
    if (i == s.size())
        return s;
    buffer.assign(s);
    for (std::size_t j = i; j < buffer.size(); ++j)
        buffer[j] = lower(buffer[j]);
    return buffer;
}

// "^((?:\d{1,3}\.){3}\d{1,3})\]": length of a dotted quad followed by ']', or 0.
std::size_t ipv4Then(sv s, std::size_t at)
{
    std::size_t i = at;
    for (int part = 0; part < 4; ++part) {
        const std::size_t start = i;
        while (i < s.size() && isDigit(s[i]) && i - start < 3)
            ++i;
        if (i == start)
            return 0;
        if (part < 3) {
            if (i >= s.size() || s[i] != '.')
                return 0;
            ++i;
        }
    }
    return i < s.size() && s[i] == ']' ? i - at : 0;
}

} // namespace

sv address(sv a, std::string &buffer)
{
    const std::size_t at = a.find('@');
    if (at == npos || at + 1 == a.size())
        return a;
    return lowered(a, at, buffer);
}

sv senderDomain(sv a)
{
    const std::size_t at = a.find('@');
    if (at == npos || at == 0 || at + 1 == a.size())
        return {};
    return a.substr(at + 1);
}

sv recipientDomain(sv a)
{
    const std::size_t at = a.find('@');
    if (at == npos || at == 0)
        return a;
    return a.substr(at + 1);
}

sv clientDomain(sv c, std::string &buffer)
{
    sv domain, ip;
    bool found = false;
    // 1: "^([^\[]*)\[((?:\d{1,3}\.){3}\d{1,3})\]"
    if (const std::size_t b = c.find('['); b != npos) {
        if (const std::size_t n = ipv4Then(c, b + 1)) {
            domain = c.substr(0, b);
            ip = c.substr(b + 1, n);
            found = true;
        }
    }
    // 2: "^([^\/]*)\/([0-9a-f.:]+)" (case-insensitive)
    if (!found) {
        if (const std::size_t s = c.find('/'); s != npos) {
            std::size_t i = s + 1;
            auto hexish = [](char ch) {
                return isDigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F') || ch == '.' || ch == ':';
            };
            while (i < c.size() && hexish(c[i]))
                ++i;
            if (i > s + 1) {
                domain = c.substr(0, s);
                ip = c.substr(s + 1, i - s - 1);
                found = true;
            }
        }
    }
    // 3: "^([^\[\(\/]*)[\[\(\/]([^\]\)]+)[\]\)]:?\d*$"
    if (!found) {
        const std::size_t o = c.find_first_of("[(/");
        if (o != npos) {
            const std::size_t close = c.find_first_of("])", o + 1);
            if (close != npos && close > o + 1) {
                std::size_t i = close + 1;
                if (i < c.size() && c[i] == ':')
                    ++i;
                while (i < c.size() && isDigit(c[i]))
                    ++i;
                if (i == c.size()) {
                    domain = c.substr(0, o);
                    ip = c.substr(o + 1, close - o - 1);
                }
            }
        }
    }
    // Sendmail writes "host [192.0.2.1]"; Postfix never has the blank.
    while (!domain.empty() && domain.back() == ' ')
        domain.remove_suffix(1);
    if (domain.empty() || domain == "unknown")
        return ip;
    // "s/^(.*)\.([^\.]+)\.([^\.]{3}|[^\.]{2,3}\.[^\.]{2})$/\L$2.$3/"
    const std::size_t last = domain.rfind('.');
    if (last == npos || last == 0)
        return domain;
    const std::size_t second = domain.rfind('.', last - 1);
    if (second != npos && last - second > 1 && domain.size() - last - 1 == 3) {
        buffer.assign(domain.substr(second + 1));
        for (char &ch : buffer)
            ch = lower(ch);
        return buffer;
    }
    if (second != npos && second > 0 && domain.size() - last - 1 == 2
        && (last - second - 1 == 2 || last - second - 1 == 3)) {
        const std::size_t third = domain.rfind('.', second - 1);
        if (third != npos && second - third > 1) {
            buffer.assign(domain.substr(third + 1));
            for (char &ch : buffer)
                ch = lower(ch);
            return buffer;
        }
    }
    return domain;
}

} // namespace Mailwarden::Stats::PflogsummNames
