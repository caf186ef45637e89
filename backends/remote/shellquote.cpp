#include "shellquote.h"

namespace Mailwarden {

namespace {

bool isPlainShellWord(QByteArrayView word)
{
    if (word.isEmpty())
        return false;
    for (const char c : word) {
        // No '=': a first word "A=b" would be an assignment, not a command
        // (and zsh expands a leading "="); quoted, it is just a word.
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '@' || c == '%' || c == '+' || c == ':' || c == ',' || c == '.' || c == '/' || c == '-';
        if (!plain)
            return false;
    }
    // A leading '%' is harmless in sh, but csh gives it meaning (a job).
    return word.front() != '%';
}

} // namespace

QByteArray shellQuote(QByteArrayView argument)
{
    if (isPlainShellWord(argument))
        return argument.toByteArray();
    QByteArray quoted;
    quoted.reserve(argument.size() + 2);
    quoted += '\'';
    for (const char c : argument) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    quoted += '\'';
    return quoted;
}

QByteArray shellJoin(const QByteArrayList &argv)
{
    QByteArray line;
    for (const QByteArray &argument : argv) {
        if (!line.isEmpty())
            line += ' ';
        line += shellQuote(argument);
    }
    return line;
}

} // namespace Mailwarden
