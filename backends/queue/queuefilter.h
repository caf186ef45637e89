#pragma once

#include "queuemessage.h"

#include <QStringList>

#include <expected>
#include <optional>

namespace Mailwarden::Queue {

/// Which messages to show or act on: what the console's filter bar and the
/// CLI's options select. Text criteria match case-insensitively as parts
/// ("example.com" finds "user@mail.example.com"); every given criterion must
/// hold. Shared by the Queue tab and `mailwarden-cli queue`.
struct QueueFilter {
    QString sender; ///< part of the envelope sender ("<>" matches the null sender)
    QString recipient; ///< part of any recipient's address
    QString reason; ///< part of any recipient's delay reason
    QString domain; ///< any recipient's domain is it or below it
    QString text; ///< the quick search: id, sender, any recipient or reason
    std::optional<QueueName> queue;
    qint64 olderThan = 0; ///< seconds; 0: any age
    QStringList ids; ///< exactly these queue ids; empty: any

    bool isEmpty() const;
    /// Whether \a message is selected, its age taken at \a now (epoch seconds).
    bool matches(const QueueMessage &message, qint64 now) const;

    /// "90s", "30m", "2h", "1d", "1w" or plain seconds, as seconds; why not otherwise.
    static std::expected<qint64, QString> parseAge(const QString &text);
    /// The seconds of one unit letter of an age or a Sendmail interval:
    /// s, m, h, d, w (either case); nullopt for any other character.
    static std::optional<qint64> unitSeconds(QChar unit);
};

} // namespace Mailwarden::Queue
