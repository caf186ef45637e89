#pragma once

#include "formathandler.h"

namespace Mailwarden {

/// Wraps a typed document as a FormatHandler. \a Document needs
/// `static std::expected<Document, ParseError> parse(const QByteArray &, const QString &fileName)`,
/// `QByteArray toBytes() const` and `QList<Diagnostic> check() const`.
template<typename Document>
FormatHandler makeFormatHandler(const QString &type, const QString &description)
{
    FormatHandler h;
    h.type = type;
    h.description = description;
    h.roundTrip = [](QByteArrayView bytes, const QString &fileName) -> std::expected<QByteArray, ParseError> {
        auto doc = Document::parse(bytes.toByteArray(), fileName);
        if (!doc)
            return std::unexpected(doc.error());
        return doc->toBytes();
    };
    h.check = [](QByteArrayView bytes, const QString &fileName) -> std::expected<QList<Diagnostic>, ParseError> {
        auto doc = Document::parse(bytes.toByteArray(), fileName);
        if (!doc)
            return std::unexpected(doc.error());
        return doc->check();
    };
    return h;
}

} // namespace Mailwarden
