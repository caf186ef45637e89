#include "hardeningrules.h"

#include "core/tr.h"

namespace Mailwarden::Hardening {

namespace {

constexpr quint8 N = 1 << int(Role::NullClient);
constexpr quint8 I = 1 << int(Role::Internal);
constexpr quint8 R = 1 << int(Role::Relay);
constexpr quint8 M = 1 << int(Role::Mx);
constexpr quint8 All = N | I | R | M;
constexpr quint8 Listeners = I | R | M; // a null client accepts no mail from the network

struct Definition {
    const char *id;
    Severity severity;
    Section section;
    quint8 roles;
    bool reportOnly;
    const char *title;
    const char *why;
    const char *fix;
    const char *risk;
    const char *naPostfix;
    const char *naSendmail;
    const char *naQmail;
};

// HARDENING.md as data. Every text is ours; the ids are the catalogue's.
constexpr Definition kRules[] = {
    {"relay.open", Severity::High, Section::Relay, All, false, QT_TRANSLATE_NOOP("Mailwarden", "No open relay"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "An open relay sends anyone's spam under this host's name: it ends up on every blocklist within hours."),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Relay only for your own networks and authenticated users; refuse every other destination."),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Clients outside the trusted networks that relayed until now must authenticate."),
        nullptr, nullptr, nullptr},
    {"relay.mynetworks", Severity::High, Section::Relay, All, false,
        QT_TRANSLATE_NOOP("Mailwarden", "Trusted networks are narrow"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "Every address in the trusted networks may relay without a password; 0.0.0.0/0 or a /8 of public "
            "space makes the host an open relay for them."),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Remove the over-broad networks, keep the rest (loopback when nothing is left)."),
        QT_TRANSLATE_NOOP("Mailwarden", "Hosts in the removed networks can no longer relay without authenticating."),
        nullptr, nullptr, nullptr},
    {"relay.auth", Severity::Medium, Section::Relay, R | M, true,
        QT_TRANSLATE_NOOP("Mailwarden", "Roaming users authenticate"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "Users outside the office should relay after SASL authentication, not by being in a trusted network."),
        QT_TRANSLATE_NOOP("Mailwarden", "Enable SASL authentication on the submission port (587) in the Config tab."),
        "", nullptr, nullptr, QT_TRANSLATE_NOOP("Mailwarden", "notqmail 1.09's qmail-smtpd has no SMTP AUTH.")},
    {"access.blocklist", Severity::Low, Section::Relay, Listeners, true,
        QT_TRANSLATE_NOOP("Mailwarden", "An access table is wired in"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "An access table lets you refuse a spammer or a broken client at once, without editing the main "
            "configuration."),
        QT_TRANSLATE_NOOP("Mailwarden", "Create an access table and refer to it in the restrictions (Tables tab)."), "",
        nullptr, nullptr, nullptr},
    {"smtp.vrfy", Severity::Medium, Section::Disclosure, Listeners, false,
        QT_TRANSLATE_NOOP("Mailwarden", "VRFY reveals no users"),
        QT_TRANSLATE_NOOP("Mailwarden", "VRFY tells anyone which addresses exist: a gift to spammers harvesting them."),
        QT_TRANSLATE_NOOP("Mailwarden", "Refuse VRFY."), "", nullptr, nullptr, nullptr},
    {"smtp.expn", Severity::Medium, Section::Disclosure, Listeners, false,
        QT_TRANSLATE_NOOP("Mailwarden", "EXPN reveals no lists"),
        QT_TRANSLATE_NOOP("Mailwarden", "EXPN lists the members of aliases and mailing lists to anyone who asks."),
        QT_TRANSLATE_NOOP("Mailwarden", "Refuse EXPN."), "",
        QT_TRANSLATE_NOOP("Mailwarden", "Postfix has no EXPN command."), nullptr,
        QT_TRANSLATE_NOOP("Mailwarden", "qmail-smtpd has no EXPN command.")},
    {"smtp.banner", Severity::Low, Section::Disclosure, Listeners, false,
        QT_TRANSLATE_NOOP("Mailwarden", "Greeting names no software"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "A greeting with the software and its version tells an attacker which advisories to look up."),
        QT_TRANSLATE_NOOP("Mailwarden", "Greet with the host name only (\"$myhostname ESMTP\")."), "", nullptr, nullptr,
        nullptr},
    {"smtp.privacy", Severity::Medium, Section::Disclosure, Listeners, false,
        QT_TRANSLATE_NOOP("Mailwarden", "Sendmail's PrivacyOptions are strict"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "Sendmail answers questions about its users, its queue and its deliveries unless PrivacyOptions forbid "
            "it."),
        QT_TRANSLATE_NOOP("Mailwarden",
            "Set the missing PrivacyOptions flags (goaway's flags, noreceipts, restrictmailq, restrictqrun, "
            "noetrn)."),
        QT_TRANSLATE_NOOP("Mailwarden", "Local users can no longer list the queue or start queue runs (use sudo)."),
        QT_TRANSLATE_NOOP("Mailwarden", "PrivacyOptions are Sendmail's; Postfix's settings are checked one by one."),
        nullptr,
        QT_TRANSLATE_NOOP("Mailwarden", "PrivacyOptions are Sendmail's; qmail-smtpd has none of these commands.")},
    {"smtp.helo", Severity::Low, Section::Disclosure, Listeners, false,
        QT_TRANSLATE_NOOP("Mailwarden", "HELO/EHLO is required"),
        QT_TRANSLATE_NOOP("Mailwarden", "Clients that skip HELO are almost always spam software."),
        QT_TRANSLATE_NOOP("Mailwarden", "Require HELO or EHLO before MAIL FROM."),
        QT_TRANSLATE_NOOP("Mailwarden", "Very old or broken clients that skip HELO are refused."), nullptr, nullptr,
        QT_TRANSLATE_NOOP(
            "Mailwarden", "qmail-smtpd accepts mail without HELO; only a patched qmail-smtpd can refuse it.")},
    {"smtp.masquerade", Severity::Low, Section::Disclosure, All, true,
        QT_TRANSLATE_NOOP("Mailwarden", "Internal host names stay inside"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "Without masquerading, the names of internal machines appear in the addresses of outgoing mail."),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Masquerade outgoing addresses as the mail domain (masquerade_domains, MASQUERADE_AS)."),
        "", nullptr, nullptr,
        QT_TRANSLATE_NOOP(
            "Mailwarden", "qmail rewrites with control/defaulthost and control/defaultdomain; nothing to check here.")},
    {"dos.size", Severity::Medium, Section::Limits, Listeners, false,
        QT_TRANSLATE_NOOP("Mailwarden", "Messages have a size limit"),
        QT_TRANSLATE_NOOP("Mailwarden", "Without a limit, or with one above 50 MB, a single sender can fill the disk."),
        QT_TRANSLATE_NOOP("Mailwarden", "Limit messages to about 10 MB."),
        QT_TRANSLATE_NOOP("Mailwarden", "Larger messages are refused; tell your users the limit."), nullptr, nullptr,
        nullptr},
    {"dos.recipients", Severity::Low, Section::Limits, Listeners, false,
        QT_TRANSLATE_NOOP("Mailwarden", "Recipients per message are limited"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Fewer recipients per message slows down bulk spam sent through a stolen account."),
        QT_TRANSLATE_NOOP("Mailwarden", "Allow 100 recipients per message."),
        QT_TRANSLATE_NOOP("Mailwarden", "Senders of larger mailings must split them."), nullptr, nullptr,
        QT_TRANSLATE_NOOP("Mailwarden", "qmail-smtpd has no recipient limit.")},
    {"dos.connections", Severity::Medium, Section::Limits, Listeners, false,
        QT_TRANSLATE_NOOP("Mailwarden", "Connections are limited"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Without a concurrency or rate limit, one client can tie up every SMTP process."),
        QT_TRANSLATE_NOOP("Mailwarden", "Limit connections per client (Postfix, Sendmail); qmail: tcpserver -c."),
        QT_TRANSLATE_NOOP("Mailwarden", "A busy legitimate relay may have to wait."), nullptr, nullptr, nullptr},
    {"dos.errors", Severity::Low, Section::Limits, Listeners, false,
        QT_TRANSLATE_NOOP("Mailwarden", "Erring clients are slowed down"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "A client that keeps making errors is probing addresses: slow it down and disconnect it early."),
        QT_TRANSLATE_NOOP("Mailwarden", "Set the error limits (smtpd_hard_error_limit, BadRcptThrottle)."), "", nullptr,
        nullptr, QT_TRANSLATE_NOOP("Mailwarden", "qmail-smtpd has no error limit.")},
    {"dos.memory", Severity::Low, Section::Limits, Listeners, true,
        QT_TRANSLATE_NOOP("Mailwarden", "qmail-smtpd runs under softlimit"),
        QT_TRANSLATE_NOOP("Mailwarden", "softlimit bounds the memory a qmail-smtpd process can take."),
        QT_TRANSLATE_NOOP("Mailwarden", "Start qmail-smtpd under softlimit -m in its run script."), "",
        QT_TRANSLATE_NOOP("Mailwarden", "Postfix bounds its processes itself."),
        QT_TRANSLATE_NOOP("Mailwarden", "Sendmail bounds its processes itself."), nullptr},
    {"spam.dnsbl", Severity::Medium, Section::Content, M, false,
        QT_TRANSLATE_NOOP("Mailwarden", "A DNS blocklist is used"),
        QT_TRANSLATE_NOOP("Mailwarden", "Blocklists refuse most spam before it is accepted."),
        QT_TRANSLATE_NOOP("Mailwarden", "Add zen.spamhaus.org, logging only (warn_if_reject) at first."),
        QT_TRANSLATE_NOOP("Mailwarden",
            "Blocklists list innocent servers too, and a refused legitimate message is not recoverable: watch the "
            "log before switching from warning to refusing."),
        nullptr, nullptr, nullptr},
    {"content.attachments", Severity::Medium, Section::Content, R | M, true,
        QT_TRANSLATE_NOOP("Mailwarden", "Executable attachments are blocked"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "Attachments such as .exe, .scr, .pif, .vbs, .bat, .com and .js carry most mail-borne malware."),
        QT_TRANSLATE_NOOP("Mailwarden", "Refuse them with mime_header_checks (Postfix) or a milter (Sendmail)."), "",
        nullptr, nullptr,
        QT_TRANSLATE_NOOP("Mailwarden", "qmail needs qmail-scanner or a QMAILQUEUE filter for this.")},
    {"content.subjects", Severity::Low, Section::Content, R | M, true,
        QT_TRANSLATE_NOOP("Mailwarden", "Known virus subjects are refused"),
        QT_TRANSLATE_NOOP("Mailwarden", "Some worms use fixed subjects that header checks can refuse outright."),
        QT_TRANSLATE_NOOP("Mailwarden", "Add header_checks (Postfix) or a Check_Subject ruleset (Sendmail)."), "",
        nullptr, nullptr, QT_TRANSLATE_NOOP("Mailwarden", "qmail has no header checks.")},
    {"content.filter", Severity::Low, Section::Content, R | M, true,
        QT_TRANSLATE_NOOP("Mailwarden", "A content filter is wired in"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "A spam and virus filter (SpamAssassin, ClamAV) catches what the SMTP rules cannot."),
        QT_TRANSLATE_NOOP("Mailwarden", "Wire in a content filter (content_filter, a milter, QMAILQUEUE)."), "",
        nullptr, nullptr, nullptr},
    {"tls.offered", Severity::High, Section::Encryption, Listeners, false,
        QT_TRANSLATE_NOOP("Mailwarden", "STARTTLS is offered"),
        QT_TRANSLATE_NOOP("Mailwarden", "Without STARTTLS, mail and passwords cross the network in clear text."),
        QT_TRANSLATE_NOOP("Mailwarden", "Offer STARTTLS with the host's certificate."), "", nullptr, nullptr,
        QT_TRANSLATE_NOOP(
            "Mailwarden", "notqmail 1.09's qmail-smtpd has no STARTTLS; a TLS proxy in front is needed.")},
    {"tls.protocols", Severity::Medium, Section::Encryption, Listeners, false,
        QT_TRANSLATE_NOOP("Mailwarden", "Only TLS 1.2 and newer"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "SSLv3, TLS 1.0 and 1.1 have known weaknesses; current clients all speak TLS 1.2."),
        QT_TRANSLATE_NOOP("Mailwarden", "Accept TLS 1.2 and newer only."),
        QT_TRANSLATE_NOOP("Mailwarden", "Very old clients can no longer encrypt."), nullptr, nullptr,
        QT_TRANSLATE_NOOP("Mailwarden", "notqmail 1.09's qmail-smtpd has no STARTTLS.")},
    {"tls.cert", Severity::Medium, Section::Encryption, Listeners, true,
        QT_TRANSLATE_NOOP("Mailwarden", "The certificate is valid"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "An expired, expiring or misnamed certificate makes careful senders fall back to clear text or give up."),
        QT_TRANSLATE_NOOP("Mailwarden", "Renew the certificate; on a public MX use one a public CA signed."), "",
        nullptr, nullptr, QT_TRANSLATE_NOOP("Mailwarden", "notqmail 1.09's qmail-smtpd has no STARTTLS.")},
    {"auth.plaintext", Severity::High, Section::Encryption, Listeners, false,
        QT_TRANSLATE_NOOP("Mailwarden", "No AUTH before STARTTLS"),
        QT_TRANSLATE_NOOP("Mailwarden", "A client could send its password before encryption starts."),
        QT_TRANSLATE_NOOP("Mailwarden", "Offer AUTH only after STARTTLS."), "", nullptr, nullptr,
        QT_TRANSLATE_NOOP("Mailwarden", "notqmail 1.09's qmail-smtpd has no SMTP AUTH.")},
    {"spf", Severity::Low, Section::Encryption, R | M, true,
        QT_TRANSLATE_NOOP("Mailwarden", "The mail domain publishes SPF"),
        QT_TRANSLATE_NOOP("Mailwarden", "An SPF record tells receivers which hosts may send the domain's mail."),
        QT_TRANSLATE_NOOP("Mailwarden", "Publish an SPF record in the domain's DNS."), "", nullptr, nullptr, nullptr},
    {"mta.programs", Severity::High, Section::MtaSafety, All, false,
        QT_TRANSLATE_NOOP("Mailwarden", "Deliveries to programs are reviewed"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "An alias that runs a program or writes a file is a way into the host; every one should be known."),
        QT_TRANSLATE_NOOP("Mailwarden", "Review the list; Sendmail: run programs only through smrsh."),
        QT_TRANSLATE_NOOP("Mailwarden", "Programs that are not in smrsh's directory stop working."), nullptr, nullptr,
        nullptr},
    {"mta.aliases", Severity::Medium, Section::MtaSafety, All, false,
        QT_TRANSLATE_NOOP("Mailwarden", "postmaster and abuse reach a person"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "RFC 5321 and 2142 require postmaster and abuse; mail to MAILER-DAEMON and root must be read too."),
        QT_TRANSLATE_NOOP("Mailwarden", "Add the missing aliases, pointing to root (forward root to a person)."), "",
        nullptr, nullptr, nullptr},
    {"mta.perms", Severity::High, Section::MtaSafety, All, true,
        QT_TRANSLATE_NOOP("Mailwarden", "Config and maps are not writable by others"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "A configuration or map file that others can write lets them relay, read or reroute mail."),
        QT_TRANSLATE_NOOP("Mailwarden", "Make the files root's and not writable by group or others (chmod go-w)."), "",
        nullptr, nullptr, nullptr},
    {"mta.privs", Severity::Medium, Section::MtaSafety, All, true,
        QT_TRANSLATE_NOOP("Mailwarden", "The MTA runs with least privilege"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Services that face the network should run chrooted or as an unprivileged user."),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Postfix: chroot the smtpd services in master.cf; qmail: run qmail-smtpd as qmaild."),
        "", nullptr, nullptr, nullptr},
    {"mta.tempfiles", Severity::Low, Section::MtaSafety, All, true,
        QT_TRANSLATE_NOOP("Mailwarden", "Temporary files are private"),
        QT_TRANSLATE_NOOP("Mailwarden", "Queue and temporary files should be readable by the MTA only."),
        QT_TRANSLATE_NOOP("Mailwarden", "Set TempFileMode to 0600."), "",
        QT_TRANSLATE_NOOP("Mailwarden", "Postfix creates its queue files itself."), nullptr,
        QT_TRANSLATE_NOOP("Mailwarden", "qmail creates its queue files itself.")},
    {"mta.version", Severity::Low, Section::MtaSafety, All, true, QT_TRANSLATE_NOOP("Mailwarden", "MTA version"),
        QT_TRANSLATE_NOOP("Mailwarden", "Compare the version with the security advisories of your distribution."),
        QT_TRANSLATE_NOOP("Mailwarden", "Keep the MTA package up to date."), "", nullptr, nullptr, nullptr},
    {"mta.stats", Severity::Low, Section::MtaSafety, All, true,
        QT_TRANSLATE_NOOP("Mailwarden", "Statistics and logs are kept"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Without a status file mailstats has nothing to count; unrotated logs fill the disk."),
        QT_TRANSLATE_NOOP("Mailwarden", "Define STATUS_FILE in sendmail.mc; qmail: multilog with a size limit."), "",
        QT_TRANSLATE_NOOP("Mailwarden", "Postfix writes its statistics to the log."), nullptr, nullptr},
    {"host.ports", Severity::Medium, Section::Host, All, true,
        QT_TRANSLATE_NOOP("Mailwarden", "Only mail and SSH ports listen"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "Every listening service is attack surface; a mail host needs SMTP, submission, IMAP/POP and SSH."),
        QT_TRANSLATE_NOOP("Mailwarden", "Stop or firewall the services that are not needed."), "", nullptr, nullptr,
        nullptr},
    {"host.ssh", Severity::Medium, Section::Host, All, true,
        QT_TRANSLATE_NOOP("Mailwarden", "sshd refuses root logins"),
        QT_TRANSLATE_NOOP("Mailwarden", "A root login with a password is the first thing every scanner tries."),
        QT_TRANSLATE_NOOP("Mailwarden", "Set PermitRootLogin no (or prohibit-password) in sshd_config."),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Changing sshd can lock you out: keep this session open and test a new login first."),
        nullptr, nullptr, nullptr},
    {"host.pop3", Severity::Medium, Section::Host, All, true,
        QT_TRANSLATE_NOOP("Mailwarden", "No POP3/IMAP in clear text"),
        QT_TRANSLATE_NOOP("Mailwarden", "POP3 on 110 and IMAP on 143 without TLS send passwords in clear text."),
        QT_TRANSLATE_NOOP("Mailwarden", "Offer POP3S (995) and IMAPS (993), or require STARTTLS."), "", nullptr,
        nullptr, nullptr},
    {"host.updates", Severity::Low, Section::Host, All, true,
        QT_TRANSLATE_NOOP("Mailwarden", "Security updates are installed"),
        QT_TRANSLATE_NOOP("Mailwarden", "Pending security updates for the MTA are known holes."),
        QT_TRANSLATE_NOOP("Mailwarden", "Install the updates."), "", nullptr, nullptr, nullptr},
};

Rule ruleOf(const Definition &d)
{
    const auto text = [](const char *s) { return s ? Tr::tr(s) : QString(); };
    Rule r;
    r.id = QString::fromLatin1(d.id);
    r.severity = d.severity;
    r.section = d.section;
    r.roles = d.roles;
    r.reportOnly = d.reportOnly;
    r.title = text(d.title);
    r.why = text(d.why);
    r.fix = text(d.fix);
    r.risk = d.risk && *d.risk ? Tr::tr(d.risk) : QString();
    r.naPostfix = text(d.naPostfix);
    r.naSendmail = text(d.naSendmail);
    r.naQmail = text(d.naQmail);
    return r;
}

} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    }
    return {};
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return Tr::tr("low");
    case Severity::Medium:
        return Tr::tr("medium");
    case Severity::High:
        return Tr::tr("high");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::NullClient, Role::Internal, Role::Relay, Role::Mx};
}

QString roleName(Role role)
{
    switch (role) {
    case Role::NullClient:
        return QStringLiteral("null-client");
    case Role::Internal:
        return QStringLiteral("internal");
    case Role::Relay:
        return QStringLiteral("relay");
    case Role::Mx:
        return QStringLiteral("mx");
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role role : allRoles()) {
        if (name == roleName(role))
            return role;
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::NullClient:
        return Tr::tr("Null client");
    case Role::Internal:
        return Tr::tr("Internal mail server");
    case Role::Relay:
        return Tr::tr("Relay or gateway");
    case Role::Mx:
        return Tr::tr("Internet-facing MX");
    }
    return {};
}

QString roleDescription(Role role)
{
    switch (role) {
    case Role::NullClient:
        return Tr::tr("Sends the host's own mail to a relay and accepts none from the network: no listener needs "
                      "to be reachable from outside.");
    case Role::Internal:
        return Tr::tr("Accepts and delivers mail inside your networks; not reachable from the Internet.");
    case Role::Relay:
        return Tr::tr("Passes mail between your networks and the Internet for other servers and authenticated "
                      "users.");
    case Role::Mx:
        return Tr::tr("Receives mail for your domains from the whole Internet: blocklists, TLS and limits matter "
                      "most here.");
    }
    return {};
}

QString sectionLabel(Section section)
{
    switch (section) {
    case Section::Relay:
        return Tr::tr("Relaying and access");
    case Section::Disclosure:
        return Tr::tr("Information disclosure");
    case Section::Limits:
        return Tr::tr("Denial of service limits");
    case Section::Content:
        return Tr::tr("Unwanted mail and content");
    case Section::Encryption:
        return Tr::tr("Authentication and encryption");
    case Section::MtaSafety:
        return Tr::tr("The MTA's own safety");
    case Section::Host:
        return Tr::tr("The host around the MTA");
    }
    return {};
}

bool Rule::appliesTo(Role role) const
{
    return roles & (1 << int(role));
}

QString Rule::notApplicable(MtaKind mta) const
{
    switch (mta) {
    case MtaKind::Postfix:
        return naPostfix;
    case MtaKind::Sendmail:
        return naSendmail;
    case MtaKind::Qmail:
        return naQmail;
    case MtaKind::Unknown:
        break;
    }
    return {};
}

QList<Rule> rules()
{
    QList<Rule> out;
    out.reserve(std::size(kRules));
    for (const Definition &d : kRules)
        out.append(ruleOf(d));
    return out;
}

std::optional<Rule> findRule(QStringView id)
{
    for (const Definition &d : kRules) {
        if (id == QLatin1String(d.id))
            return ruleOf(d);
    }
    return std::nullopt;
}

} // namespace Mailwarden::Hardening
