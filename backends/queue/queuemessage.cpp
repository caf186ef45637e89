#include "queuemessage.h"

#include "core/tr.h"

#include <array>

namespace Mailwarden::Queue {

namespace {
constexpr std::array<const char *, 11> kKeys {"maildrop", "incoming", "active", "deferred", "hold", "corrupt",
    "quarantine", "lost", "todo", "submission", "other"};
} // namespace

QString queueKey(QueueName queue)
{
    return QString::fromLatin1(kKeys[std::size_t(queue)]);
}

QueueName queueFromKey(QByteArrayView key)
{
    for (std::size_t i = 0; i < kKeys.size(); ++i) {
        if (key == kKeys[i])
            return QueueName(i);
    }
    return QueueName::Other;
}

QStringList queueKeys()
{
    QStringList keys;
    for (const char *key : kKeys)
        keys.append(QString::fromLatin1(key));
    return keys;
}

QString queueDisplayName(QueueName queue)
{
    switch (queue) {
    case QueueName::Maildrop:
        return Tr::tr("maildrop", "mail queue");
    case QueueName::Incoming:
        return Tr::tr("incoming", "mail queue");
    case QueueName::Active:
        return Tr::tr("active", "mail queue");
    case QueueName::Deferred:
        return Tr::tr("deferred", "mail queue");
    case QueueName::Hold:
        return Tr::tr("on hold", "mail queue");
    case QueueName::Corrupt:
        return Tr::tr("corrupt", "mail queue");
    case QueueName::Quarantine:
        return Tr::tr("quarantined", "mail queue");
    case QueueName::Lost:
        return Tr::tr("lost", "mail queue");
    case QueueName::Todo:
        return Tr::tr("not yet preprocessed", "mail queue");
    case QueueName::Submission:
        return Tr::tr("submission (MSP)", "mail queue");
    case QueueName::Other:
        break;
    }
    return Tr::tr("other", "mail queue");
}

QString QueueMessage::reason() const
{
    for (const QueueRecipient &recipient : recipients) {
        if (!recipient.reason.isEmpty())
            return recipient.reason;
    }
    return {};
}

QString addressDomain(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.sliced(at + 1).toLower();
}

QDebug operator<<(QDebug debug, const QueueMessage &message)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "QueueMessage(" << message.id << ", " << queueKey(message.queue) << ", from " << message.sender
                    << ", " << message.recipients.size() << " recipients, " << message.size << " bytes, arrival "
                    << message.arrival << ")";
    return debug;
}

} // namespace Mailwarden::Queue
