#pragma once

#include "smtpreply.h"

#include <QList>
#include <QString>

#include <optional>

namespace Mailwarden::Probes {

/// What the relay cases are built from.
struct RelayContext {
    QString serverName; ///< the name the server gives itself (greeting), e.g. "postfix.lab.test"
    QString serverAddress; ///< its address, for the "[ip]" literal forms
    QString outsideDomain = QStringLiteral("example.net"); ///< recipients nobody here serves
    QString senderDomain = QStringLiteral("example.org"); ///< an outside sender's domain
    QString recipient = QStringLiteral("relaytest"); ///< local part of the outside recipient
    QString sender = QStringLiteral("mailwarden-probe"); ///< local part of the senders
};

/// One MAIL FROM / RCPT TO pair that an open relay would accept.
struct RelayCase {
    QString id; ///< stable: "null-sender", "percent-hack-ip", …
    QString description; ///< translated: what trick it tries
    QByteArray mailFrom; ///< the address inside MAIL FROM:<…>
    QByteArray rcptTo; ///< the address inside RCPT TO:<…>

    QByteArray mailCommand() const { return "MAIL FROM:<" + mailFrom + '>'; }
    QByteArray rcptCommand() const { return "RCPT TO:<" + rcptTo + '>'; }
};

/// The cases of nmap's smtp-open-relay (sender forms, %-hack, quoting,
/// double @, source routes, bang paths; the host as name and as [ip]), then
/// an outside sender to another outside domain ("plain") and a spoofed
/// sender in the server's own domain. Pure.
QList<RelayCase> buildRelayCases(const RelayContext &context);

/// The domain a spoofed local sender uses: the server name without its first
/// label when it has three or more ("postfix.lab.test" → "lab.test").
QString parentDomain(const QString &serverName);

/// How one case ended.
struct RelayOutcome {
    enum class Result {
        Refused, ///< MAIL or RCPT got a 4xx/5xx: this path does not relay
        Accepted, ///< RCPT got 2xx: the server would relay
        NoAnswer, ///< the conversation broke before RCPT was answered
    };
    Result result = Result::NoAnswer;
    std::optional<SmtpReply> mailReply;
    std::optional<SmtpReply> rcptReply;
    QString error; ///< for NoAnswer

    /// The reply that decided (RCPT's, else MAIL's), as "454 4.7.1 …".
    QString decidingReply() const;
};

/// Decides a case from the replies it got. Pure.
RelayOutcome classifyRelay(const std::optional<SmtpReply> &mail, const std::optional<SmtpReply> &rcpt);

} // namespace Mailwarden::Probes
