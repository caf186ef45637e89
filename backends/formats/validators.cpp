#include "validators.h"

namespace Mailwarden::Validators {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

QByteArrayView unbracket(QByteArrayView text)
{
    if (text.size() >= 2 && text.front() == '[' && text.back() == ']')
        return text.sliced(1, text.size() - 2);
    return text;
}

bool parsePrefix(QByteArrayView text, int max)
{
    if (text.isEmpty() || text.size() > 3)
        return false;
    int value = 0;
    for (char c : text) {
        if (!isDigit(c))
            return false;
        value = value * 10 + (c - '0');
    }
    return value <= max;
}

} // namespace

bool isIPv4(QByteArrayView text)
{
    int parts = 0;
    qsizetype i = 0;
    while (true) {
        int value = 0, digits = 0;
        while (i < text.size() && isDigit(text.at(i))) {
            value = value * 10 + (text.at(i) - '0');
            if (++digits > 3)
                return false;
            ++i;
        }
        if (digits == 0 || value > 255)
            return false;
        ++parts;
        if (i == text.size())
            return parts == 4;
        if (text.at(i) != '.' || parts == 4)
            return false;
        ++i;
    }
}

bool isIPv6(QByteArrayView text)
{
    if (text.size() < 2)
        return false;
    int groups = 0;
    bool compressed = false;
    qsizetype i = 0;
    if (text.startsWith("::")) {
        compressed = true;
        i = 2;
        if (i == text.size())
            return true;
    } else if (text.front() == ':') {
        return false;
    }
    while (i < text.size()) {
        qsizetype j = i;
        while (j < text.size() && isHex(text.at(j)))
            ++j;
        if (j < text.size() && text.at(j) == '.') {
            // IPv4 tail: counts as two groups and must end the address.
            if (!isIPv4(text.sliced(i)))
                return false;
            groups += 2;
            break;
        }
        if (j == i || j - i > 4)
            return false;
        ++groups;
        if (j == text.size())
            break;
        if (text.at(j) != ':')
            return false;
        if (j + 1 < text.size() && text.at(j + 1) == ':') {
            if (compressed)
                return false;
            compressed = true;
            i = j + 2;
            if (i == text.size())
                break;
        } else {
            i = j + 1;
            if (i == text.size())
                return false;
        }
    }
    return compressed ? groups < 8 : groups == 8;
}

bool isIPAddress(QByteArrayView text)
{
    if (text.startsWith('['))
        return isIPv6(unbracket(text));
    return isIPv4(text) || isIPv6(text);
}

bool isCidr(QByteArrayView text)
{
    const qsizetype slash = text.lastIndexOf('/');
    const QByteArrayView address = slash < 0 ? text : text.first(slash);
    if (address.startsWith('[')) {
        const QByteArrayView inner = unbracket(address);
        return inner.size() + 2 == address.size() && isIPv6(inner)
            && (slash < 0 || parsePrefix(text.sliced(slash + 1), 128));
    }
    if (isIPv4(address))
        return slash < 0 || parsePrefix(text.sliced(slash + 1), 32);
    if (isIPv6(address))
        return slash < 0 || parsePrefix(text.sliced(slash + 1), 128);
    return false;
}

bool isDomain(QByteArrayView text, bool allowLeadingDot)
{
    if (allowLeadingDot && text.startsWith('.'))
        text = text.sliced(1);
    if (text.endsWith('.')) // absolute form "example.com."
        text.chop(1);
    if (text.isEmpty() || text.size() > 253)
        return false;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == '.') {
            const qsizetype length = i - labelStart;
            if (length == 0 || length > 63 || text.at(labelStart) == '-' || text.at(i - 1) == '-')
                return false;
            labelStart = i + 1;
            continue;
        }
        const unsigned char c = static_cast<unsigned char>(text.at(i));
        const bool ok
            = c >= 0x80 || isDigit(char(c)) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

bool isAddress(QByteArrayView text, bool allowEmptyLocal)
{
    const qsizetype at = text.lastIndexOf('@');
    if (at < 0)
        return false;
    const QByteArrayView local = text.first(at), domain = text.sliced(at + 1);
    if (local.isEmpty() && !allowEmptyLocal)
        return false;
    const bool quoted = local.size() >= 2 && local.front() == '"' && local.back() == '"';
    if (!quoted) {
        for (char c : local) {
            if (c == ' ' || c == '\t' || c == '"' || c == '<' || c == '>' || c == '(' || c == ')' || c == ','
                || c == '@')
                return false;
        }
    }
    if (domain.startsWith('[') && domain.endsWith(']')) {
        QByteArrayView literal = unbracket(domain);
        if (literal.startsWith("IPv6:") || literal.startsWith("ipv6:"))
            return isIPv6(literal.sliced(5));
        return isIPv4(literal);
    }
    return isDomain(domain);
}

} // namespace Mailwarden::Validators
