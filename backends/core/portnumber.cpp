#include "portnumber.h"

namespace Mailwarden {

std::optional<quint16> parsePortNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return portNumberFrom(value);
}

std::optional<quint16> portNumberFrom(qint64 value)
{
    if (value < 1 || value > 65535)
        return std::nullopt;
    return quint16(value);
}

} // namespace Mailwarden
