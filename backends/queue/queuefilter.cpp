#include "queuefilter.h"

#include "core/tr.h"

namespace Mailwarden::Queue {

namespace {

bool contains(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool senderMatches(const QString &sender, const QString &needle)
{
    if (needle == QLatin1String("<>"))
        return sender.isEmpty();
    return contains(sender, needle);
}

bool domainMatches(const QString &address, const QString &domain)
{
    const QString own = addressDomain(address);
    return own.compare(domain, Qt::CaseInsensitive) == 0
        || (own.size() > domain.size() && own.endsWith(domain, Qt::CaseInsensitive)
            && own.at(own.size() - domain.size() - 1) == u'.');
}

} // namespace

bool QueueFilter::isEmpty() const
{
    return sender.isEmpty() && recipient.isEmpty() && reason.isEmpty() && domain.isEmpty() && text.isEmpty() && !queue
        && olderThan <= 0 && ids.isEmpty();
}

bool QueueFilter::matches(const QueueMessage &message, qint64 now) const
{
    if (queue && message.queue != *queue)
        return false;
    if (!ids.isEmpty() && !ids.contains(message.id))
        return false;
    if (olderThan > 0 && (message.arrival <= 0 || now - message.arrival < olderThan))
        return false;
    if (!sender.isEmpty() && !senderMatches(message.sender, sender))
        return false;
    const auto anyRecipient = [&](auto &&test) { return std::ranges::any_of(message.recipients, test); };
    if (!recipient.isEmpty() && !anyRecipient([&](const QueueRecipient &r) { return contains(r.address, recipient); }))
        return false;
    if (!reason.isEmpty() && !anyRecipient([&](const QueueRecipient &r) { return contains(r.reason, reason); }))
        return false;
    if (!domain.isEmpty() && !anyRecipient([&](const QueueRecipient &r) { return domainMatches(r.address, domain); }))
        return false;
    if (!text.isEmpty() && !contains(message.id, text) && !senderMatches(message.sender, text)
        && !anyRecipient(
            [&](const QueueRecipient &r) { return contains(r.address, text) || contains(r.reason, text); }))
        return false;
    return true;
}

std::optional<qint64> QueueFilter::unitSeconds(QChar unit)
{
    switch (unit.toLower().unicode()) {
    case 's':
        return 1;
    case 'm':
        return 60;
    case 'h':
        return 3600;
    case 'd':
        return 86400;
    case 'w':
        return 7 * 86400;
    default:
        return std::nullopt;
    }
}

std::expected<qint64, QString> QueueFilter::parseAge(const QString &text)
{
    const auto notAnAge = [&text] {
        return std::unexpected(Tr::tr("\"%1\" is not an age: use a number with s, m, h, d or w (\"2h\").").arg(text));
    };
    QString digits = text.trimmed();
    qint64 unit = 1;
    if (!digits.isEmpty() && digits.back().isLetter()) {
        const auto seconds = unitSeconds(digits.back());
        if (!seconds)
            return notAnAge();
        unit = *seconds;
        digits.chop(1);
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value < 0 || value > std::numeric_limits<qint64>::max() / unit)
        return notAnAge();
    return value * unit;
}

} // namespace Mailwarden::Queue
