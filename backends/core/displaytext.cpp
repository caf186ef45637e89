#include "displaytext.h"

namespace Mailwarden {

namespace {

constexpr char16_t Esc = 0x1b;
constexpr char16_t Bel = 0x07;
constexpr char16_t Csi8 = 0x9b; ///< the 8-bit CSI
constexpr char16_t Osc8 = 0x9d;
constexpr char16_t St8 = 0x9c;

bool isBidiControl(char16_t c)
{
    // LRE..RLO and LRI..PDI: they reorder what a terminal shows ("Trojan Source").
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// Index after a CSI sequence's final byte (0x40..0x7e) that starts at \a i (its parameters).
qsizetype skipCsi(QStringView text, qsizetype i)
{
    while (i < text.size() && !(text[i].unicode() >= 0x40 && text[i].unicode() <= 0x7e))
        ++i;
    return i < text.size() ? i + 1 : i;
}

// Index after an OSC/DCS string's terminator (BEL, ESC \ or ST) that starts at \a i.
qsizetype skipString(QStringView text, qsizetype i)
{
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (c == Bel || c == St8)
            return i + 1;
        if (c == Esc && i + 1 < text.size() && text[i + 1] == QLatin1Char('\\'))
            return i + 2;
        ++i;
    }
    return i;
}

} // namespace

QString displayText(QStringView text, LineBreaks lineBreaks)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (c == Esc) {
            const char16_t next = i + 1 < text.size() ? text[i + 1].unicode() : 0;
            if (next == u'[')
                i = skipCsi(text, i + 2);
            else if (next == u']' || next == u'P' || next == u'_' || next == u'^')
                i = skipString(text, i + 2);
            else
                i += next ? 2 : 1; // ESC and the one character it selects
            continue;
        }
        if (c == Csi8) {
            i = skipCsi(text, i + 1);
            continue;
        }
        if (c == Osc8) {
            i = skipString(text, i + 1);
            continue;
        }
        ++i;
        if (c == u'\n' || c == u'\r') {
            if (lineBreaks == LineBreaks::Join)
                out += QLatin1Char(' ');
            else if (c == u'\n')
                out += QLatin1Char('\n');
            continue;
        }
        if ((c < 0x20 && c != u'\t') || (c >= 0x7f && c <= 0x9f) || isBidiControl(c))
            continue;
        out += QChar(c);
    }
    return out;
}

} // namespace Mailwarden
