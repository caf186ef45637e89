#pragma once

#include "relaycases.h"
#include "smtpprobe.h"

namespace Mailwarden::Probes {

/// The open-relay test: every case of buildRelayCases() as MAIL FROM and
/// RCPT TO, RSET after each, QUIT at the end. It never sends DATA, so
/// nothing is ever delivered. Every eight cases it starts a new connection
/// (servers slow down after repeated errors); a server that hangs up mid-way
/// is reconnected, up to a few times, and the remaining cases go on.
///
/// Results: "relay.open" (fail when any case was accepted), then one
/// "relay.case.ID" per case.
class RelayProbe final : public SmtpProbe
{
    Q_OBJECT
public:
    explicit RelayProbe(const ProbeSettings &settings, const RelayContext &context = {}, QObject *parent = nullptr);

protected:
    void run() override;

private:
    void connectAndContinue();
    void runCase(qsizetype index);
    void caseDone(qsizetype index, const RelayOutcome &outcome, qsizetype transcriptMark);
    void summarise();

    RelayContext m_context;
    QList<RelayCase> m_cases;
    QList<RelayOutcome> m_outcomes;
    qsizetype m_next = 0;
    int m_reconnects = 0;
    qsizetype m_freshFrom = 0; ///< the case the current connection was opened for
};

} // namespace Mailwarden::Probes
