#include "relaycases.h"

#include "core/tr.h"

#include <QHostAddress>

namespace Mailwarden::Probes {

QString parentDomain(const QString &serverName)
{
    const QStringList labels = serverName.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    return labels.size() >= 3 ? labels.mid(1).join(QLatin1Char('.')) : serverName;
}

QList<RelayCase> buildRelayCases(const RelayContext &c)
{
    const QByteArray name = c.serverName.toUtf8();
    QString address = c.serverAddress;
    // An IPv6 literal needs its tag (RFC 5321 4.1.3).
    if (QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol)
        address.prepend(QLatin1String("IPv6:"));
    const QByteArray ip = '[' + address.toUtf8() + ']';
    const QByteArray outside = c.outsideDomain.toUtf8();
    const QByteArray user = c.recipient.toUtf8();
    const QByteArray target = user + '@' + outside; // relaytest@example.net
    const QByteArray from = c.sender.toUtf8();
    const QByteArray fromIp = from + '@' + ip;

    return {
        {QStringLiteral("null-sender"), Tr::tr("null sender to an outside recipient"), QByteArray(), target},
        {QStringLiteral("outside-sender"), Tr::tr("sender in the outside recipient's own domain"), from + '@' + outside,
            target},
        {QStringLiteral("host-sender"), Tr::tr("sender in the server's name"), from + '@' + name, target},
        {QStringLiteral("ip-sender"), Tr::tr("sender at the server's address literal"), fromIp, target},
        {QStringLiteral("percent-hack-ip"), Tr::tr("%-hack through the server's address"), fromIp,
            user + '%' + outside + '@' + ip},
        {QStringLiteral("percent-hack-name"), Tr::tr("%-hack through the server's name"), fromIp,
            user + '%' + outside + '@' + name},
        {QStringLiteral("quoted"), Tr::tr("quoted outside address"), fromIp, '"' + target + '"'},
        {QStringLiteral("quoted-percent"), Tr::tr("quoted %-hack"), fromIp, '"' + user + '%' + outside + '"'},
        {QStringLiteral("double-at-ip"), Tr::tr("outside address @ the server's address"), fromIp, target + '@' + ip},
        {QStringLiteral("quoted-at-ip"), Tr::tr("quoted outside address @ the server's address"), fromIp,
            '"' + target + "\"@" + ip},
        {QStringLiteral("double-at-name"), Tr::tr("outside address @ the server's name"), fromIp, target + '@' + name},
        {QStringLiteral("source-route-ip"), Tr::tr("source route through the server's address"), fromIp,
            '@' + ip + ':' + target},
        {QStringLiteral("source-route-name"), Tr::tr("source route through the server's name"), fromIp,
            '@' + name + ':' + target},
        {QStringLiteral("bang"), Tr::tr("UUCP bang path"), fromIp, outside + '!' + user},
        {QStringLiteral("bang-at-ip"), Tr::tr("bang path @ the server's address"), fromIp,
            outside + '!' + user + '@' + ip},
        {QStringLiteral("bang-at-name"), Tr::tr("bang path @ the server's name"), fromIp,
            outside + '!' + user + '@' + name},
        {QStringLiteral("plain"), Tr::tr("outside sender to another outside domain"),
            from + '@' + c.senderDomain.toUtf8(), target},
        {QStringLiteral("spoofed-local"), Tr::tr("spoofed sender in the server's own domain"),
            "postmaster@" + parentDomain(c.serverName).toUtf8(), target},
    };
}

RelayOutcome classifyRelay(const std::optional<SmtpReply> &mail, const std::optional<SmtpReply> &rcpt)
{
    RelayOutcome outcome;
    outcome.mailReply = mail;
    outcome.rcptReply = rcpt;
    if (mail && !mail->isPositive())
        outcome.result = RelayOutcome::Result::Refused;
    else if (rcpt)
        outcome.result = rcpt->isPositive() ? RelayOutcome::Result::Accepted : RelayOutcome::Result::Refused;
    // A 421 is the server hanging up, not a decision about this recipient.
    if (outcome.result == RelayOutcome::Result::Refused) {
        const SmtpReply &deciding = rcpt ? *rcpt : *mail;
        if (deciding.code == 421)
            outcome.result = RelayOutcome::Result::NoAnswer;
    }
    return outcome;
}

QString RelayOutcome::decidingReply() const
{
    if (rcptReply)
        return rcptReply->summary();
    return mailReply ? mailReply->summary() : QString();
}

} // namespace Mailwarden::Probes
