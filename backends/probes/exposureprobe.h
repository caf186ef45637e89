#pragma once

#include "smtpprobe.h"

namespace Mailwarden::Probes {

/// The SMTP exposure checks on one connection: the greeting, MAIL FROM
/// before HELO (then RSET), EHLO, VRFY of postmaster and of a name nobody
/// has, EXPN postmaster, QUIT. No mail is sent; ETRN and TURN are judged from
/// EHLO, never issued. See Exposure:: for the verdicts.
class ExposureProbe final : public SmtpProbe
{
    Q_OBJECT
public:
    using SmtpProbe::SmtpProbe;

protected:
    void run() override;

private:
    void afterEhlo();
    void vrfy();
    void expn();
    /// Adds \a check with the transcript since \a from.
    void addWith(CheckResult check, qsizetype from);
};

} // namespace Mailwarden::Probes
