#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Mailwarden::Probes {

/// One DER element: its tag byte, and its content and whole encoding as views
/// into the bytes the reader was given.
struct DerElement {
    quint8 tag = 0;
    QByteArrayView content;
    QByteArrayView encoded; ///< tag, length and content
};

/// A strict reader of DER, for certificates from servers we do not trust:
/// definite lengths only, every length within the bytes it reads from, no
/// high tag numbers. It only slices, so it cannot allocate by the input.
class DerReader final
{
public:
    explicit DerReader(QByteArrayView bytes) : m_rest(bytes) { }
    /// The next element, or std::nullopt at the end or on malformed bytes
    /// (then failed() says so).
    std::optional<DerElement> next();
    /// The next element if it has \a tag; else nothing is consumed.
    std::optional<DerElement> nextIf(quint8 tag);
    bool atEnd() const { return m_rest.isEmpty(); }
    bool failed() const { return m_failed; }

    /// "1.2.840.113549.1.1.1" from an OBJECT IDENTIFIER's content; empty if malformed.
    static QString oidText(QByteArrayView content);
    /// The text of a directory string (UTF8String, PrintableString, IA5String,
    /// VisibleString, T61String as Latin-1, BMPString, UniversalString).
    static std::optional<QString> stringText(const DerElement &element);

private:
    QByteArrayView m_rest;
    bool m_failed = false;
};

namespace Der {
inline constexpr quint8 Integer = 0x02;
inline constexpr quint8 BitString = 0x03;
inline constexpr quint8 Oid = 0x06;
inline constexpr quint8 Sequence = 0x30;
inline constexpr quint8 Set = 0x31;
inline constexpr quint8 Explicit0 = 0xa0; ///< [0] constructed: a certificate's version
} // namespace Der

} // namespace Mailwarden::Probes
