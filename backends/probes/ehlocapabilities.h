#pragma once

#include "smtpreply.h"

#include <QMap>

#include <optional>

namespace Mailwarden::Probes {

/// What a server announced in its EHLO reply (RFC 5321 4.1.1.1): the name
/// on the first line and one ESMTP keyword with parameters per further line.
/// Pure: built from a reply, no I/O.
struct EhloCapabilities {
    QByteArray serverName; ///< first word of the first line
    QMap<QByteArray, QByteArrayList> keywords; ///< upper-case keyword → parameters

    static EhloCapabilities fromReply(const SmtpReply &reply);

    bool has(QByteArrayView keyword) const { return keywords.contains(keyword.toByteArray()); }
    /// AUTH mechanisms, upper-case, from "AUTH ..." and the old "AUTH=..." form.
    QByteArrayList authMechanisms() const;
    /// The SIZE limit in bytes: nullopt when SIZE is not announced, 0 when it
    /// is announced without a number or as 0 (no fixed limit).
    std::optional<qint64> sizeLimit() const;
};

} // namespace Mailwarden::Probes
