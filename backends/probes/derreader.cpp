#include "derreader.h"

#include <QList>

namespace Mailwarden::Probes {

std::optional<DerElement> DerReader::next()
{
    if (m_failed || m_rest.isEmpty())
        return std::nullopt;
    const auto fail = [this]() -> std::optional<DerElement> {
        m_failed = true;
        return std::nullopt;
    };
    if (m_rest.size() < 2)
        return fail();
    const quint8 tag = quint8(m_rest[0]);
    if ((tag & 0x1f) == 0x1f) // high tag numbers: nothing in a certificate we read uses them
        return fail();
    qsizetype length = quint8(m_rest[1]);
    qsizetype header = 2;
    if (length & 0x80) {
        const int octets = length & 0x7f;
        if (octets == 0 || octets > 4 || m_rest.size() < 2 + octets) // 0: indefinite, not DER
            return fail();
        length = 0;
        for (int i = 0; i < octets; ++i)
            length = (length << 8) | quint8(m_rest[2 + i]);
        header += octets;
    }
    if (length > m_rest.size() - header)
        return fail();
    DerElement element {tag, m_rest.sliced(header, length), m_rest.first(header + length)};
    m_rest = m_rest.sliced(header + length);
    return element;
}

std::optional<DerElement> DerReader::nextIf(quint8 tag)
{
    if (m_failed || m_rest.isEmpty() || quint8(m_rest[0]) != tag)
        return std::nullopt;
    return next();
}

QString DerReader::oidText(QByteArrayView content)
{
    if (content.isEmpty() || content.size() > 64 || (quint8(content.back()) & 0x80))
        return {};
    QString text;
    quint64 value = 0;
    bool first = true;
    for (const char c : content) {
        if (value > (quint64(1) << 56)) // an arc longer than any real one
            return {};
        value = (value << 7) | (quint8(c) & 0x7f);
        if (quint8(c) & 0x80)
            continue;
        if (first) {
            const quint64 top = value < 40 ? 0 : value < 80 ? 1 : 2;
            text = QString::number(top) + QLatin1Char('.') + QString::number(value - top * 40);
            first = false;
        } else {
            text += QLatin1Char('.') + QString::number(value);
        }
        value = 0;
    }
    return text;
}

std::optional<QString> DerReader::stringText(const DerElement &element)
{
    const QByteArrayView c = element.content;
    switch (element.tag) {
    case 0x0c: // UTF8String
        return QString::fromUtf8(c);
    case 0x13: // PrintableString
    case 0x16: // IA5String
    case 0x1a: // VisibleString
    case 0x14: // T61String: in practice Latin-1
        return QString::fromLatin1(c);
    case 0x1e: { // BMPString: UTF-16BE
        if (c.size() % 2)
            return std::nullopt;
        QString s;
        s.reserve(c.size() / 2);
        for (qsizetype i = 0; i < c.size(); i += 2)
            s += QChar(char16_t((quint8(c[i]) << 8) | quint8(c[i + 1])));
        return s;
    }
    case 0x1c: { // UniversalString: UCS-4BE
        if (c.size() % 4)
            return std::nullopt;
        QList<char32_t> points;
        for (qsizetype i = 0; i < c.size(); i += 4)
            points.append(char32_t(quint32(quint8(c[i])) << 24 | quint32(quint8(c[i + 1])) << 16
                | quint32(quint8(c[i + 2])) << 8 | quint8(c[i + 3])));
        return QString::fromUcs4(points.constData(), points.size());
    }
    default:
        return std::nullopt;
    }
}

} // namespace Mailwarden::Probes
