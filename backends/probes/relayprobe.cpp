#include "relayprobe.h"

#include "core/tr.h"

namespace Mailwarden::Probes {

namespace {
constexpr int MaxReconnects = 3;
// Servers slow down after repeated errors (Postfix: smtpd_soft_error_limit = 10,
// then a second per reply); a fresh connection every few cases keeps the
// test fast and away from hard error limits.
constexpr qsizetype CasesPerConnection = 8;
} // namespace

RelayProbe::RelayProbe(const ProbeSettings &settings, const RelayContext &context, QObject *parent)
    : SmtpProbe(settings, parent), m_context(context)
{
    m_failedCheckId = QStringLiteral("relay.connection");
}

void RelayProbe::run()
{
    openConnection(Greet::Ehlo, [this] {
        // The cases name the server as it names itself, and by its address.
        if (m_context.serverName.isEmpty())
            m_context.serverName = greetingName(m_greeting);
        if (m_context.serverName.isEmpty())
            m_context.serverName = QString::fromUtf8(m_caps.serverName);
        if (m_context.serverName.isEmpty())
            m_context.serverName = m_settings.targetName;
        if (m_context.serverAddress.isEmpty())
            m_context.serverAddress = m_settings.targetAddress;
        // A name was given: the address it led to (through a forward: the forward's end).
        if (m_context.serverAddress.isEmpty())
            m_context.serverAddress = m_client->socket()->peerAddress().toString();
        m_cases = buildRelayCases(m_context);
        runCase(0);
    });
}

void RelayProbe::connectAndContinue()
{
    if (++m_reconnects > MaxReconnects) {
        for (qsizetype i = m_next; i < m_cases.size(); ++i) {
            RelayOutcome gaveUp;
            gaveUp.error = Tr::tr("not tried: the server kept closing the connection");
            caseDone(i, gaveUp, mark());
        }
        summarise();
        return;
    }
    m_freshFrom = m_next;
    openConnection(Greet::Ehlo, [this] { runCase(m_next); });
}

void RelayProbe::runCase(qsizetype index)
{
    m_next = index;
    if (index >= m_cases.size()) {
        summarise();
        return;
    }
    if (index > 0 && index % CasesPerConnection == 0 && index != m_freshFrom) {
        m_freshFrom = index;
        m_client->quit(
            [this, index](const SmtpOutcome &) { openConnection(Greet::Ehlo, [this, index] { runCase(index); }); });
        return;
    }
    const RelayCase &c = m_cases[index];
    const qsizetype start = mark();
    send(c.mailCommand(), [=, this](const SmtpOutcome &mail) {
        if (!mail || mail->code == 421) {
            // Retried on a fresh connection: the server gave up, not this case.
            return connectAndContinue();
        }
        if (!mail->isPositive()) {
            caseDone(index, classifyRelay(*mail, std::nullopt), start);
            return send("RSET", [=, this](const SmtpOutcome &) { runCase(index + 1); });
        }
        send(c.rcptCommand(), [=, this](const SmtpOutcome &rcpt) {
            if (!rcpt || rcpt->code == 421)
                return connectAndContinue();
            caseDone(index, classifyRelay(*mail, *rcpt), start);
            send("RSET", [=, this](const SmtpOutcome &rset) {
                if (!rset || !rset->isPositive()) {
                    m_next = index + 1;
                    return connectAndContinue();
                }
                runCase(index + 1);
            });
        });
    });
}

void RelayProbe::caseDone(qsizetype index, const RelayOutcome &outcome, qsizetype transcriptMark)
{
    const RelayCase &c = m_cases[index];
    m_outcomes.append(outcome);
    CheckResult r;
    r.id = QStringLiteral("relay.case.") + c.id;
    r.title = c.description;
    r.facts = {{QStringLiteral("mailFrom"), QString::fromUtf8(c.mailFrom)},
        {QStringLiteral("rcptTo"), QString::fromUtf8(c.rcptTo)}};
    r.transcript = transcriptSince(transcriptMark);
    const QString pair
        = QStringLiteral("%1 → %2").arg(QString::fromUtf8(c.mailCommand()), QString::fromUtf8(c.rcptCommand()));
    switch (outcome.result) {
    case RelayOutcome::Result::Accepted:
        r.verdict = Verdict::Fail;
        r.evidence = Tr::tr("accepted: %1: %2").arg(pair, outcome.decidingReply());
        r.facts[QStringLiteral("result")] = QStringLiteral("accepted");
        break;
    case RelayOutcome::Result::Refused:
        r.verdict = Verdict::Pass;
        r.evidence = Tr::tr("refused: %1: %2").arg(pair, outcome.decidingReply());
        r.facts[QStringLiteral("result")] = QStringLiteral("refused");
        break;
    case RelayOutcome::Result::NoAnswer:
        r.verdict = Verdict::Error;
        r.evidence = Tr::tr("no answer: %1: %2").arg(pair, outcome.error);
        r.facts[QStringLiteral("result")] = QStringLiteral("error");
        break;
    }
    r.facts[QStringLiteral("reply")] = outcome.decidingReply();
    add(r);
    m_next = index + 1;
}

void RelayProbe::summarise()
{
    int accepted = 0;
    int refused = 0;
    for (const RelayOutcome &o : std::as_const(m_outcomes)) {
        accepted += o.result == RelayOutcome::Result::Accepted;
        refused += o.result == RelayOutcome::Result::Refused;
    }
    CheckResult summary;
    summary.id = QStringLiteral("relay.open");
    summary.title = Tr::tr("Open relay");
    summary.facts = {{QStringLiteral("cases"), m_cases.size()}, {QStringLiteral("accepted"), accepted},
        {QStringLiteral("refused"), refused}};
    if (accepted > 0) {
        summary.verdict = Verdict::Fail;
        summary.evidence = Tr::tr("OPEN RELAY: %1 of %2 cases accepted a recipient outside the server's domains")
                               .arg(accepted)
                               .arg(m_cases.size());
        summary.advice = Tr::tr("Relay only for your own networks and authenticated users: Postfix "
                                "smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, "
                                "reject_unauth_destination with a narrow mynetworks; Sendmail: remove broad RELAY "
                                "entries from the access db and relay-domains; qmail: a non-empty rcpthosts and "
                                "RELAYCLIENT only for trusted tcp.smtp rules.");
    } else if (refused == m_cases.size()) {
        summary.verdict = Verdict::Pass;
        summary.evidence = Tr::tr("all %1 cases refused").arg(m_cases.size());
    } else {
        summary.verdict = Verdict::Error;
        summary.evidence = Tr::tr("%1 of %2 cases refused, the others got no answer").arg(refused).arg(m_cases.size());
    }
    m_results.prepend(summary);
    quitAndFinish();
}

} // namespace Mailwarden::Probes
