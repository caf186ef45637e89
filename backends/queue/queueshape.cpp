#include "queueshape.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Mailwarden::Queue {

int QueueShape::bucketOf(qint64 ageSeconds, int firstMinutes, int bucketCount)
{
    // qshape: m = age in units of the first bucket; bucket 1 below one unit,
    // then 2 + floor(log2(m)), the last one open-ended.
    const double m = double(ageSeconds) / (60.0 * std::max(1, firstMinutes));
    if (m < 1)
        return 0;
    const int bucket = 1 + int(std::floor(std::log2(m)));
    return std::min(bucket, bucketCount - 1);
}

QString QueueShape::domainOf(const QString &address)
{
    if (address.isEmpty())
        return QStringLiteral("MAILER-DAEMON");
    QString domain = address.toLower();
    if (const qsizetype at = domain.lastIndexOf(u'@'); at >= 0)
        domain = domain.sliced(at + 1);
    while (domain.contains(QLatin1String("..")))
        domain.replace(QLatin1String(".."), QLatin1String("."));
    // One leading and one trailing dot go, as qshape's pattern takes them.
    if (domain.size() > 1 && domain.startsWith(u'.'))
        domain.remove(0, 1);
    if (domain.size() > 1 && domain.endsWith(u'.'))
        domain.chop(1);
    return domain;
}

QueueShape QueueShape::of(const QList<QueueMessage> &messages, By by, qint64 now, int firstMinutes, int bucketCount)
{
    bucketCount = std::max(2, bucketCount);
    firstMinutes = std::max(1, firstMinutes);
    QueueShape shape;
    qint64 limit = firstMinutes;
    for (int i = 0; i < bucketCount - 1; ++i) {
        shape.headings.append(QString::number(limit));
        if (i + 1 < bucketCount - 1)
            limit *= 2;
    }
    shape.headings.append(QString::number(limit) + u'+');

    Row total {QStringLiteral("TOTAL"), 0, QList<qint64>(bucketCount, 0)};
    QHash<QString, Row> rows;
    const auto count = [&](const QString &address, int bucket) {
        const QString domain = domainOf(address);
        Row &row = rows[domain];
        if (row.buckets.isEmpty()) {
            row.domain = domain;
            row.buckets.resize(bucketCount);
        }
        ++row.total;
        ++row.buckets[bucket];
        ++total.total;
        ++total.buckets[bucket];
    };
    for (const QueueMessage &message : messages) {
        const int bucket = bucketOf(now - message.arrival, firstMinutes, bucketCount);
        if (by == By::SenderDomain) {
            count(message.sender, bucket);
        } else {
            for (const QueueRecipient &recipient : message.recipients)
                count(recipient.address, bucket);
        }
    }
    QList<Row> sorted = rows.values();
    std::ranges::sort(sorted,
        [](const Row &a, const Row &b) { return a.total != b.total ? a.total > b.total : a.domain < b.domain; });
    shape.rows.append(std::move(total));
    shape.rows.append(std::move(sorted));
    return shape;
}

} // namespace Mailwarden::Queue
