#include "exposurechecks.h"

#include "core/tr.h"

#include <QRegularExpression>

namespace Mailwarden::Probes::Exposure {

BannerDisclosure bannerDisclosure(const QByteArray &greetingText)
{
    // Names that MTAs put in their greetings by default.
    static const QStringList software {QStringLiteral("Postfix"), QStringLiteral("Sendmail"), QStringLiteral("Exim"),
        QStringLiteral("qmail"), QStringLiteral("Microsoft ESMTP MAIL Service"), QStringLiteral("Exchange"),
        QStringLiteral("MDaemon"), QStringLiteral("hMailServer"), QStringLiteral("Courier"),
        QStringLiteral("OpenSMTPD"), QStringLiteral("Haraka"), QStringLiteral("IceWarp"), QStringLiteral("Zimbra"),
        QStringLiteral("Kerio"), QStringLiteral("Lotus Domino"), QStringLiteral("Smail"), QStringLiteral("ZMailer"),
        QStringLiteral("MailEnable"), QStringLiteral("CommuniGate"), QStringLiteral("Axigen")};
    const QString text = QString::fromUtf8(greetingText);
    BannerDisclosure found;
    for (const QString &name : software) {
        // A whole word: "sendmail.lab.test" is the host's name, not its software.
        const QRegularExpression word(QStringLiteral("(?<![\\w.-])%1(?![\\w.-])").arg(QRegularExpression::escape(name)),
            QRegularExpression::CaseInsensitiveOption);
        const auto at = word.match(text);
        if (!at.hasMatch())
            continue;
        found.software = name;
        // A version is digits with dots right after the name ("Sendmail 8.18.1/8.18.1", "Exim 4.96").
        static const QRegularExpression version(
            QStringLiteral("^[ /v]*([0-9]+\\.[0-9]+(?:\\.[0-9]+)*[A-Za-z0-9.+~-]*)"));
        const auto m = version.match(text.mid(at.capturedEnd()));
        if (m.hasMatch())
            found.version = m.captured(1);
        break;
    }
    return found;
}

CheckResult banner(const SmtpReply &greeting)
{
    CheckResult r {
        QStringLiteral("smtp.banner"), Tr::tr("Greeting banner"), Verdict::Pass, greeting.summary(), {}, {}, {}};
    const BannerDisclosure d = bannerDisclosure(greeting.lines.join('\n'));
    r.facts = {{QStringLiteral("software"), d.software}, {QStringLiteral("version"), d.version}};
    if (d.software.isEmpty())
        return r;
    r.verdict = Verdict::Warn;
    r.evidence = d.version.isEmpty()
        ? Tr::tr("names its software (%1): %2").arg(d.software, greeting.summary())
        : Tr::tr("names its software and version (%1 %2): %3").arg(d.software, d.version, greeting.summary());
    r.advice = Tr::tr("Greet with the host name only: Postfix smtpd_banner = $myhostname ESMTP; Sendmail "
                      "SmtpGreetingMessage without $v and $Z; qmail control/smtpgreeting.");
    return r;
}

CheckResult heloRequired(const SmtpReply &mailBeforeHelo)
{
    CheckResult r {QStringLiteral("smtp.helo"), Tr::tr("HELO required"), Verdict::Pass, {}, {}, {}, {}};
    r.facts = {{QStringLiteral("required"), !mailBeforeHelo.isPositive()}};
    if (mailBeforeHelo.isPositive()) {
        r.verdict = Verdict::Warn;
        r.evidence = Tr::tr("MAIL FROM was accepted before HELO/EHLO: %1").arg(mailBeforeHelo.summary());
        r.advice = Tr::tr("Require HELO: Postfix smtpd_helo_required = yes; Sendmail PrivacyOptions needmailhelo.");
    } else {
        r.evidence = Tr::tr("MAIL FROM before HELO/EHLO refused: %1").arg(mailBeforeHelo.summary());
    }
    return r;
}

CheckResult vrfy(const SmtpReply &known, const SmtpReply &unknown)
{
    CheckResult r {QStringLiteral("smtp.vrfy"), Tr::tr("VRFY"), Verdict::Pass, {}, {}, {}, {}};
    const QString both
        = Tr::tr("VRFY postmaster: %1; VRFY of an unknown name: %2").arg(known.summary(), unknown.summary());
    r.facts = {{QStringLiteral("known"), known.code}, {QStringLiteral("unknown"), unknown.code}};
    // 250/251 confirm a user; 252 is "cannot verify" — harmless only when every name gets it.
    const bool confirms = known.code == 250 || known.code == 251;
    const bool differs = known.isPositive() && !unknown.isPositive();
    if (confirms || differs) {
        r.verdict = Verdict::Fail;
        r.evidence = Tr::tr("answered: user names can be enumerated (%1)").arg(both);
        r.advice = Tr::tr("Disable VRFY: Postfix disable_vrfy_command = yes; Sendmail PrivacyOptions novrfy "
                          "(goaway sets it).");
    } else if (known.isPositive()) {
        r.evidence = Tr::tr("answered the same for every name, which reveals nothing (%1)").arg(both);
    } else {
        r.evidence = Tr::tr("disabled (%1)").arg(both);
    }
    return r;
}

CheckResult expn(const SmtpReply &reply)
{
    CheckResult r {QStringLiteral("smtp.expn"), Tr::tr("EXPN"), Verdict::Pass, {}, {}, {}, {}};
    r.facts = {{QStringLiteral("code"), reply.code}};
    if (reply.isPositive()) {
        r.verdict = Verdict::Fail;
        r.evidence = Tr::tr("EXPN postmaster answered, so lists and aliases can be read: %1").arg(reply.summary());
        r.advice = Tr::tr("Disable EXPN: Sendmail PrivacyOptions noexpn (goaway sets it).");
    } else {
        r.evidence = Tr::tr("disabled: %1").arg(reply.summary());
    }
    return r;
}

CheckResult etrnTurn(const EhloCapabilities &caps)
{
    CheckResult r {QStringLiteral("smtp.etrn"), Tr::tr("ETRN and TURN"), Verdict::Pass, {}, {}, {}, {}};
    const bool etrn = caps.has("ETRN");
    const bool turn = caps.has("TURN");
    r.facts = {{QStringLiteral("etrn"), etrn}, {QStringLiteral("turn"), turn}};
    if (turn) {
        r.verdict = Verdict::Fail;
        r.evidence = Tr::tr("TURN is offered: any client can ask for the mail queued for a domain");
        r.advice = Tr::tr("Turn TURN off; use ATRN with authentication or ETRN if a site needs its queue on demand.");
    } else if (etrn) {
        r.verdict = Verdict::Warn;
        r.evidence = Tr::tr("ETRN is offered: any client can start queue runs");
        r.advice = Tr::tr("Limit ETRN to the sites that need it: Postfix smtpd_etrn_restrictions; Sendmail "
                          "PrivacyOptions noetrn.");
    } else {
        r.evidence = Tr::tr("neither ETRN nor TURN is offered");
    }
    return r;
}

CheckResult size(const EhloCapabilities &caps)
{
    CheckResult r {QStringLiteral("dos.size"), Tr::tr("Message size limit"), Verdict::Pass, {}, {}, {}, {}};
    const std::optional<qint64> limit = caps.sizeLimit();
    r.facts = {{QStringLiteral("size"), limit ? QVariant(*limit) : QVariant()}};
    const QString advice = Tr::tr("Set a limit (e.g. 15 MB): Postfix message_size_limit; Sendmail MaxMessageSize "
                                  "(confMAX_MESSAGE_SIZE); qmail control/databytes.");
    if (!limit) {
        r.verdict = Verdict::Warn;
        r.evidence = Tr::tr("SIZE is not announced: clients cannot tell whether there is a limit");
        r.advice = advice;
    } else if (*limit == 0) {
        r.verdict = Verdict::Warn;
        r.evidence = Tr::tr("SIZE is announced without a limit");
        r.advice = advice;
    } else if (*limit > LargestSensibleSize) {
        r.verdict = Verdict::Warn;
        r.evidence
            = Tr::tr("the limit is %1 bytes (%2 MB), more than 50 MB").arg(*limit).arg(*limit / 1000000.0, 0, 'f', 1);
        r.advice = advice;
    } else {
        r.evidence = Tr::tr("the limit is %1 bytes (%2 MB)").arg(*limit).arg(*limit / 1000000.0, 0, 'f', 1);
    }
    return r;
}

} // namespace Mailwarden::Probes::Exposure
