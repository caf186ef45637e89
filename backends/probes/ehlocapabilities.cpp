#include "ehlocapabilities.h"

namespace Mailwarden::Probes {

EhloCapabilities EhloCapabilities::fromReply(const SmtpReply &reply)
{
    EhloCapabilities caps;
    if (!reply.isPositive() || reply.lines.isEmpty())
        return caps;
    caps.serverName = reply.lines.first().trimmed().split(' ').value(0);
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        QByteArrayList words = reply.lines[i].simplified().split(' ');
        if (words.isEmpty() || words.first().isEmpty())
            continue;
        QByteArray keyword = words.takeFirst().toUpper();
        // Old servers announce "AUTH=LOGIN PLAIN" beside the standard line.
        if (keyword.startsWith("AUTH=")) {
            words.prepend(keyword.mid(5));
            keyword = "AUTH";
        }
        caps.keywords[keyword].append(words);
    }
    return caps;
}

QByteArrayList EhloCapabilities::authMechanisms() const
{
    QByteArrayList mechanisms;
    for (const QByteArray &m : keywords.value("AUTH")) {
        if (!m.isEmpty() && !mechanisms.contains(m.toUpper()))
            mechanisms.append(m.toUpper());
    }
    return mechanisms;
}

std::optional<qint64> EhloCapabilities::sizeLimit() const
{
    const auto it = keywords.constFind("SIZE");
    if (it == keywords.constEnd())
        return std::nullopt;
    bool ok = false;
    const qint64 value = it->value(0).toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

} // namespace Mailwarden::Probes
