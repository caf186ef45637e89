#pragma once

#include "checkresult.h"
#include "ehlocapabilities.h"

#include <optional>

namespace Mailwarden::Probes {

/// The SMTP exposure checks as pure functions of the replies a server gave
/// (HARDENING.md: smtp.banner, smtp.helo, smtp.vrfy, smtp.expn, smtp.etrn,
/// dos.size). ExposureProbe collects the replies; tests feed recorded ones.
namespace Exposure {

/// smtp.banner: does the greeting name the software, or its version?
CheckResult banner(const SmtpReply &greeting);
/// smtp.helo: \a mailBeforeHelo is the reply to MAIL FROM sent before any HELO/EHLO.
CheckResult heloRequired(const SmtpReply &mailBeforeHelo);
/// smtp.vrfy: VRFY of a name every server has (postmaster) and of one no
/// server has. Different answers, or a 250/251, let anyone enumerate users.
CheckResult vrfy(const SmtpReply &known, const SmtpReply &unknown);
/// smtp.expn: EXPN of postmaster.
CheckResult expn(const SmtpReply &reply);
/// smtp.etrn: ETRN (anyone can start queue runs) and TURN (hands mail to whoever asks).
CheckResult etrnTurn(const EhloCapabilities &caps);
/// dos.size: the SIZE limit announced in EHLO.
CheckResult size(const EhloCapabilities &caps);

/// The software and version a greeting names ("Postfix", "Sendmail 8.18.1"), empty when none.
struct BannerDisclosure {
    QString software;
    QString version;
};
BannerDisclosure bannerDisclosure(const QByteArray &greetingText);

/// Above this a size limit does not protect anything (HARDENING.md dos.size).
constexpr qint64 LargestSensibleSize = 50 * 1000 * 1000;

} // namespace Exposure

} // namespace Mailwarden::Probes
