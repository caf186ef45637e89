#include "privacysettings.h"

#include "core/tr.h"
#include "dnsbl.h"
#include "mta.h"
#include "mtaedits.h"
#include "mtasurvey.h"
#include "postfix/postfixmaincf.h"
#include "sendmail/sendmailmc.h"
#include "sendmailmta.h"

#include <QRegularExpression>

namespace Mailwarden {

namespace {

using Kind = PrivacySetting::Kind;
using Section = PrivacySetting::Section;

using Rule = PrivacySetting::Rule;

struct Definition {
    const char *id;
    const char *title;
    const char *why;
    Section section;
    Kind kind;
    const char *option;
    const char *flag;
    const char *recommended;
    Rule rule;
    const char *unit;
};

constexpr Definition kPostfix[] = {
    {"vrfy", QT_TRANSLATE_NOOP("Mailwarden", "Refuse VRFY"),
        QT_TRANSLATE_NOOP("Mailwarden", "VRFY tells anyone which addresses exist: a gift to spammers harvesting them."),
        Section::Disclosure, Kind::Toggle, "disable_vrfy_command", "", "yes", Rule::On, ""},
    {"banner", QT_TRANSLATE_NOOP("Mailwarden", "Greeting banner"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "The greeting should name the host, not the software and version an attacker would look up."),
        Section::Disclosure, Kind::Text, "smtpd_banner", "", "$myhostname ESMTP", Rule::NoSoftware, ""},
    {"helo", QT_TRANSLATE_NOOP("Mailwarden", "Require HELO/EHLO"),
        QT_TRANSLATE_NOOP("Mailwarden", "Clients that skip HELO are almost always spam software."), Section::Protocol,
        Kind::Toggle, "smtpd_helo_required", "", "yes", Rule::On, ""},
    {"size", QT_TRANSLATE_NOOP("Mailwarden", "Largest message"),
        QT_TRANSLATE_NOOP("Mailwarden", "A limit stops a single sender from filling the disk (0: no limit)."),
        Section::Limits, Kind::Number, "message_size_limit", "", "10240000", Rule::NonZero,
        QT_TRANSLATE_NOOP("Mailwarden", "bytes")},
    {"recipients", QT_TRANSLATE_NOOP("Mailwarden", "Recipients per message"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Fewer recipients per message slows down bulk spam sent through a stolen account."),
        Section::Limits, Kind::Number, "smtpd_recipient_limit", "", "100", Rule::AtMost, ""},
    {"rate", QT_TRANSLATE_NOOP("Mailwarden", "Connections per client and minute"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "A rate limit keeps one client from tying up every SMTP process (0: no limit)."),
        Section::Limits, Kind::Number, "smtpd_client_connection_rate_limit", "", "60", Rule::NonZero,
        QT_TRANSLATE_NOOP("Mailwarden", "per minute")},
    {"errors", QT_TRANSLATE_NOOP("Mailwarden", "Errors before disconnecting"),
        QT_TRANSLATE_NOOP("Mailwarden", "A client that keeps making errors is probing addresses: disconnect it early."),
        Section::Limits, Kind::Number, "smtpd_hard_error_limit", "", "10", Rule::AtMost, ""},
    {"dnsbl", QT_TRANSLATE_NOOP("Mailwarden", "Blocklists (DNSBL)"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "Clients listed on a DNS blocklist are refused at RCPT TO (reject_rbl_client in "
            "smtpd_recipient_restrictions, after your own networks); separate several lists with commas."),
        Section::Blocklists, Kind::Text, "smtpd_recipient_restrictions", "", "zen.spamhaus.org", Rule::Set, ""},
    {"dnsbl.warn", QT_TRANSLATE_NOOP("Mailwarden", "Blocklists only log (warn_if_reject)"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "Blocklists list innocent servers too: new lists start by only logging what they would refuse; switch "
            "this off once the log shows no mail you want among it."),
        Section::Blocklists, Kind::Toggle, "smtpd_recipient_restrictions", "", "yes", Rule::Always, ""},
    {"tls", QT_TRANSLATE_NOOP("Mailwarden", "Offer STARTTLS"),
        QT_TRANSLATE_NOOP("Mailwarden", "Without STARTTLS, mail and passwords cross the network in clear text."),
        Section::Encryption, Kind::Text, "smtpd_tls_security_level", "", "may", Rule::TlsOffered, ""},
    {"authtls", QT_TRANSLATE_NOOP("Mailwarden", "AUTH only after STARTTLS"),
        QT_TRANSLATE_NOOP("Mailwarden", "Otherwise a client may send its password before encryption starts."),
        Section::Encryption, Kind::Toggle, "smtpd_tls_auth_only", "", "yes", Rule::On, ""},
    {"protocols", QT_TRANSLATE_NOOP("Mailwarden", "TLS protocols"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "SSLv3, TLS 1.0 and 1.1 have known weaknesses; current clients all speak TLS 1.2."),
        Section::Encryption, Kind::Text, "smtpd_tls_protocols", "", ">=TLSv1.2", Rule::ModernTls, ""},
};

// Sendmail: PrivacyOptions flags (confPRIVACY_FLAGS in sendmail.mc) and defines.
constexpr Definition kSendmail[] = {
    {"privacy.novrfy", QT_TRANSLATE_NOOP("Mailwarden", "Refuse VRFY (novrfy)"),
        QT_TRANSLATE_NOOP("Mailwarden", "VRFY tells anyone which addresses exist: a gift to spammers harvesting them."),
        Section::Disclosure, Kind::Toggle, "confPRIVACY_FLAGS", "novrfy", "yes", Rule::On, ""},
    {"privacy.noexpn", QT_TRANSLATE_NOOP("Mailwarden", "Refuse EXPN (noexpn)"),
        QT_TRANSLATE_NOOP("Mailwarden", "EXPN lists the members of aliases and mailing lists to anyone who asks."),
        Section::Disclosure, Kind::Toggle, "confPRIVACY_FLAGS", "noexpn", "yes", Rule::On, ""},
    {"privacy.noverb", QT_TRANSLATE_NOOP("Mailwarden", "Refuse VERB (noverb)"),
        QT_TRANSLATE_NOOP("Mailwarden", "VERB shows a stranger the details of delivery."), Section::Disclosure,
        Kind::Toggle, "confPRIVACY_FLAGS", "noverb", "yes", Rule::On, ""},
    {"privacy.noreceipts", QT_TRANSLATE_NOOP("Mailwarden", "No return receipts (noreceipts)"),
        QT_TRANSLATE_NOOP("Mailwarden", "Delivery receipts confirm to a sender that an address exists and is read."),
        Section::Disclosure, Kind::Toggle, "confPRIVACY_FLAGS", "noreceipts", "yes", Rule::On, ""},
    {"privacy.authwarnings", QT_TRANSLATE_NOOP("Mailwarden", "Warn of forged senders (authwarnings)"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Adds an X-Authentication-Warning header when a local user claims to be someone else."),
        Section::Disclosure, Kind::Toggle, "confPRIVACY_FLAGS", "authwarnings", "yes", Rule::On, ""},
    {"privacy.restrictmailq", QT_TRANSLATE_NOOP("Mailwarden", "Queue listing for its group only (restrictmailq)"),
        QT_TRANSLATE_NOOP("Mailwarden", "Otherwise every local user can list who mails whom."), Section::Disclosure,
        Kind::Toggle, "confPRIVACY_FLAGS", "restrictmailq", "yes", Rule::On, ""},
    {"privacy.restrictqrun", QT_TRANSLATE_NOOP("Mailwarden", "Queue runs for root only (restrictqrun)"),
        QT_TRANSLATE_NOOP("Mailwarden", "Otherwise every local user can start queue runs and load the server."),
        Section::Disclosure, Kind::Toggle, "confPRIVACY_FLAGS", "restrictqrun", "yes", Rule::On, ""},
    {"banner", QT_TRANSLATE_NOOP("Mailwarden", "Greeting banner"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "The default greeting names Sendmail and its version ($v/$Z); `$j' names only the host "
            "(confSMTP_LOGIN_MSG in sendmail.mc; Sendmail puts ESMTP after the first word itself)."),
        Section::Disclosure, Kind::Text, "confSMTP_LOGIN_MSG", "", "$j", Rule::NoSoftware, ""},
    {"privacy.needmailhelo", QT_TRANSLATE_NOOP("Mailwarden", "Require HELO before MAIL (needmailhelo)"),
        QT_TRANSLATE_NOOP("Mailwarden", "Clients that skip HELO are almost always spam software."), Section::Protocol,
        Kind::Toggle, "confPRIVACY_FLAGS", "needmailhelo", "yes", Rule::On, ""},
    {"privacy.noetrn", QT_TRANSLATE_NOOP("Mailwarden", "Refuse ETRN (noetrn)"),
        QT_TRANSLATE_NOOP("Mailwarden", "ETRN lets a stranger start queue runs."), Section::Protocol, Kind::Toggle,
        "confPRIVACY_FLAGS", "noetrn", "yes", Rule::On, ""},
    {"size", QT_TRANSLATE_NOOP("Mailwarden", "Largest message"),
        QT_TRANSLATE_NOOP("Mailwarden", "A limit stops a single sender from filling the disk (0: no limit)."),
        Section::Limits, Kind::Number, "confMAX_MESSAGE_SIZE", "", "10240000", Rule::NonZero,
        QT_TRANSLATE_NOOP("Mailwarden", "bytes")},
    {"recipients", QT_TRANSLATE_NOOP("Mailwarden", "Recipients per message"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Fewer recipients per message slows down bulk spam sent through a stolen account."),
        Section::Limits, Kind::Number, "confMAX_RCPTS_PER_MESSAGE", "", "100", Rule::NonZero, ""},
    {"rate", QT_TRANSLATE_NOOP("Mailwarden", "Connections per second"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "A rate limit keeps a flood of connections from tying up the server (0: no limit)."),
        Section::Limits, Kind::Number, "confCONNECTION_RATE_THROTTLE", "", "15", Rule::NonZero,
        QT_TRANSLATE_NOOP("Mailwarden", "per second")},
    {"badrcpt", QT_TRANSLATE_NOOP("Mailwarden", "Slow down after bad recipients"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "After this many unknown recipients in one session Sendmail answers slowly: address harvesting becomes "
            "expensive (0: off)."),
        Section::Limits, Kind::Number, "confBAD_RCPT_THROTTLE", "", "3", Rule::NonZero, ""},
    {"dnsbl", QT_TRANSLATE_NOOP("Mailwarden", "Blocklists (DNSBL)"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "Clients listed on a DNS blocklist are refused (FEATURE(`dnsbl') in sendmail.mc, one per list); "
            "separate several lists with commas."),
        Section::Blocklists, Kind::Text, "FEATURE(dnsbl)", "", "zen.spamhaus.org", Rule::Set, ""},
    {"dnsbl.warn", QT_TRANSLATE_NOOP("Mailwarden", "Blocklists only log"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "Sendmail's dnsbl feature refuses at once and has no log-only mode: try a new list on a test host "
            "first, and whitelist partners in the access table (Tables tab)."),
        Section::Blocklists, Kind::Unavailable, "", "", "", Rule::NotPossible, ""},
    {"tls", QT_TRANSLATE_NOOP("Mailwarden", "Offer STARTTLS"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "Sendmail offers STARTTLS when confSERVER_CERT and confSERVER_KEY name a certificate and its key; set "
            "them in sendmail.mc in the Config tab."),
        Section::Encryption, Kind::Unavailable, "confSERVER_CERT", "", "", Rule::Set, ""},
};

constexpr Definition kQmail[] = {
    {"vrfy", QT_TRANSLATE_NOOP("Mailwarden", "Refuse VRFY"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "qmail-smtpd answers every VRFY with 252 and never confirms an address: nothing to do."),
        Section::Disclosure, Kind::Unavailable, "", "", "", Rule::Always, ""},
    {"banner", QT_TRANSLATE_NOOP("Mailwarden", "Greeting banner"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "The greeting (control/smtpgreeting, else control/me) should name the host, not the software."),
        Section::Disclosure, Kind::Text, "smtpgreeting", "", "", Rule::NoSoftware, ""},
    {"helo", QT_TRANSLATE_NOOP("Mailwarden", "Require HELO/EHLO"),
        QT_TRANSLATE_NOOP(
            "Mailwarden", "qmail-smtpd accepts mail without HELO; only a patched qmail-smtpd can refuse it."),
        Section::Protocol, Kind::Unavailable, "", "", "", Rule::NotPossible, ""},
    {"size", QT_TRANSLATE_NOOP("Mailwarden", "Largest message"),
        QT_TRANSLATE_NOOP("Mailwarden", "A limit stops a single sender from filling the disk (0: no limit)."),
        Section::Limits, Kind::Number, "databytes", "", "10240000", Rule::NonZero,
        QT_TRANSLATE_NOOP("Mailwarden", "bytes")},
    {"rate", QT_TRANSLATE_NOOP("Mailwarden", "Concurrent connections"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "tcpserver's -c option in the qmail-smtpd run script limits them; tcp.smtp (Tables tab) can refuse or "
            "rblsmtpd-check clients by address."),
        Section::Limits, Kind::Unavailable, "", "", "", Rule::NotPossible, ""},
    {"dnsbl", QT_TRANSLATE_NOOP("Mailwarden", "Blocklists (DNSBL)"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "qmail checks blocklists with rblsmtpd in the qmail-smtpd run script (rblsmtpd -r zen.spamhaus.org "
            "before qmail-smtpd); tcp.smtp (Tables tab) exempts an address with RBLSMTPD=\"\"."),
        Section::Blocklists, Kind::Unavailable, "", "", "", Rule::NotPossible, ""},
    {"tls", QT_TRANSLATE_NOOP("Mailwarden", "Offer STARTTLS"),
        QT_TRANSLATE_NOOP("Mailwarden",
            "notqmail 1.09's qmail-smtpd has no STARTTLS; a TLS-capable qmail-smtpd or a TLS proxy in front is "
            "needed."),
        Section::Encryption, Kind::Unavailable, "", "", "", Rule::NotPossible, ""},
};

// Sendmail's "goaway" is all of these at once.
// Sendmail's "goaway" is these at once: not noreceipts, noetrn, nobodyreturn,
// restrictmailq, restrictqrun or restrictexpand (op.me, PrivacyOptions).
const QList<QByteArray> kGoaway {
    "authwarnings", "noexpn", "novrfy", "needmailhelo", "needexpnhelo", "needvrfyhelo", "noverb"};

// Sendmail separates the flags with commas, blanks or both.
QList<QByteArray> flagList(const QByteArray &value)
{
    QByteArray normal = value.toLower();
    for (char &c : normal) {
        if (c == ' ' || c == '\t' || c == '\n')
            c = ',';
    }
    QList<QByteArray> out;
    for (const QByteArray &f : normal.split(',')) {
        if (!f.isEmpty() && !out.contains(f))
            out.append(f);
    }
    return out;
}

// Whether \a original sets \a option (a main.cf parameter or an .mc define).
bool setsOption(MtaKind mta, const QByteArray &original, const QByteArray &option)
{
    if (mta == MtaKind::Postfix) {
        const auto cf = PostfixMainCf::parse(original, QString());
        return !cf || cf->value(option).has_value(); // unreadable: assume it does, write the value
    }
    const auto mc = SendmailMc::parse(original);
    if (!mc)
        return true;
    for (const SendmailMc::Call &call : mc->calls()) {
        if (call.name == "define" && call.args.value(0) == option)
            return true;
    }
    return false;
}

std::optional<CatalogueEntry> configEntry(const HostSurvey &survey, const char *format)
{
    for (const CatalogueEntry &e : survey.catalogue) {
        if (e.formatType == QLatin1String(format) && e.group == CatalogueEntry::Group::MainConfig)
            return e;
    }
    return std::nullopt;
}

const MtaOption *optionOf(const HostSurvey &survey, QByteArrayView name)
{
    for (const MtaOption &o : survey.options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

// Sendmail's own value when sendmail.mc does not define it (cf/README).
QByteArray sendmailDefault(QByteArrayView define)
{
    if (define == "confPRIVACY_FLAGS")
        return "authwarnings";
    if (define == "confSMTP_LOGIN_MSG")
        return "$j Sendmail $v/$Z; $b";
    if (define == "confSERVER_CERT")
        return {};
    return "0";
}

// Word by word, so a host named qmail.example.org is not taken for the software.
bool hasSoftwareName(const QByteArray &banner)
{
    QByteArray words = banner.toLower();
    for (char &c : words) {
        if (QByteArrayView(" \t()/;,[]").contains(c))
            c = ' ';
    }
    for (const QByteArray &word : words.split(' ')) {
        for (const char *name : {"postfix", "sendmail", "qmail", "notqmail", "netqmail", "exim", "debian", "ubuntu",
                 "$mail_name", "${mail_name}", "$mail_version", "${mail_version}", "$v", "$z", "$v/$z"}) {
            if (word == name)
                return true;
        }
    }
    return false;
}

// The zones in main.cf's restriction list or sendmail.mc's FEATUREs.
Dnsbl::PostfixBlocklists blocklistsIn(MtaKind mta, const QByteArray &value)
{
    if (mta == MtaKind::Postfix)
        return Dnsbl::postfixBlocklists(value);
    Dnsbl::PostfixBlocklists out;
    if (const auto mc = SendmailMc::parse(value)) {
        for (const SendmailMc::Call &call : mc->calls("FEATURE")) {
            if (call.args.value(0) == "dnsbl" && !call.args.value(1).isEmpty())
                out.zones.append(call.args.value(1));
        }
    }
    return out;
}

// A blocklist setting's value: the zones ("a, b") or, for dnsbl.warn, whether
// they only log; pending when that differs from what runs.
void blocklistValue(PrivacySetting &s, const HostSurvey &survey, const PrivacySettings::Content &pending,
    const PrivacySettings::Content &current)
{
    const MtaKind mta = survey.mta->kind();
    const QString path = PrivacySettings::fileOf(s, survey);
    const auto valueOf = [&](const Dnsbl::PostfixBlocklists &b) -> QByteArray {
        if (s.kind == Kind::Toggle)
            return b.warnOnly ? "yes" : "no";
        return b.zones.join(", ");
    };
    std::optional<QByteArray> running, shown;
    if (mta == MtaKind::Postfix) {
        const MtaOption *live = optionOf(survey, s.option);
        running = live ? live->value : QByteArray();
        shown = *running;
        if (const auto content = pending ? pending(path) : std::nullopt) {
            if (const auto cf = PostfixMainCf::parse(*content, path))
                shown = cf->value(s.option).value_or(live ? live->defaultValue : QByteArray());
        }
    } else {
        running = current ? current(path) : std::nullopt;
        shown = pending ? pending(path) : std::nullopt;
        if (!shown)
            shown = running;
    }
    const Dnsbl::PostfixBlocklists live = blocklistsIn(mta, running.value_or(QByteArray()));
    const Dnsbl::PostfixBlocklists now = blocklistsIn(mta, shown.value_or(QByteArray()));
    s.value = valueOf(now);
    s.defaultValue = s.kind == Kind::Toggle ? "no" : "";
    s.isDefault = now.zones.isEmpty();
    s.pending = valueOf(now) != valueOf(live);
}

} // namespace

bool PrivacySetting::isOn() const
{
    if (!flag.isEmpty()) {
        const QList<QByteArray> flags = flagList(value);
        return flags.contains(flag) || (flags.contains("goaway") && kGoaway.contains(flag));
    }
    return value.trimmed().toLower() == onValue;
}

bool PrivacySetting::meetsRecommendation() const
{
    bool ok = false;
    qlonglong number = value.trimmed().toLongLong(&ok);
    // Postfix's stress-dependent defaults: ${stress?{1}:{20}} is 20 when not under stress
    static const QRegularExpression stress(QStringLiteral("^\\$\\{stress\\?\\{?\\d+\\}?:\\{?(\\d+)\\}?\\}$"));
    if (const auto m = stress.match(QString::fromUtf8(value.trimmed())); !ok && m.hasMatch())
        number = m.captured(1).toLongLong(&ok);
    const QByteArray v = value.trimmed().toLower().replace(' ', "");
    switch (rule) {
    case Rule::On:
        return isOn();
    case Rule::NonZero:
        return ok && number > 0;
    case Rule::AtMost:
        // the MTA's own default (Postfix: 1000 recipients, 20 errors) is tolerable, 0 is not
        return ok && number > 0 && number <= 10 * recommended.toLongLong();
    case Rule::NoSoftware:
        return !hasSoftwareName(value);
    case Rule::TlsOffered:
        return v == "may" || v == "encrypt" || v == "dane" || v == "dane-only" || v == "verify" || v == "secure";
    case Rule::ModernTls: {
        if (v.contains(">=tlsv1.2") || v.contains(">=tlsv1.3"))
            return true;
        QByteArray list = value.toLower();
        for (char &c : list) {
            if (c == ' ' || c == '\t' || c == ':')
                c = ',';
        }
        const QList<QByteArray> items = list.split(',');
        return items.contains("!sslv3") && items.contains("!tlsv1") && items.contains("!tlsv1.1");
    }
    case Rule::Set:
        return !v.isEmpty();
    case Rule::Always:
        return true;
    case Rule::NotPossible:
        return false;
    }
    return false;
}

QString PrivacySettings::fileOf(const PrivacySetting &setting, const HostSurvey &survey)
{
    if (setting.kind == Kind::Unavailable || setting.option.isEmpty() || !survey.mta)
        return {};
    switch (survey.mta->kind()) {
    case MtaKind::Postfix:
        if (const auto e = configEntry(survey, "postfix-main"))
            return e->path;
        return QStringLiteral("/etc/postfix/main.cf");
    case MtaKind::Sendmail:
        if (const auto e = configEntry(survey, "sendmail-mc"))
            return e->path;
        return QStringLiteral("/etc/mail/sendmail.mc");
    case MtaKind::Qmail:
        return QStringLiteral("/var/qmail/control/") + QString::fromUtf8(setting.option);
    default:
        return {};
    }
}

QList<PrivacySetting> PrivacySettings::forHost(const HostSurvey &survey, const Content &pending, const Content &current)
{
    if (!survey.mta)
        return {};
    const MtaKind mta = survey.mta->kind();
    QList<Definition> definitions;
    if (mta == MtaKind::Postfix)
        definitions = QList<Definition>(std::begin(kPostfix), std::end(kPostfix));
    else if (mta == MtaKind::Sendmail)
        definitions = QList<Definition>(std::begin(kSendmail), std::end(kSendmail));
    else if (mta == MtaKind::Qmail)
        definitions = QList<Definition>(std::begin(kQmail), std::end(kQmail));

    QList<PrivacySetting> out;
    for (const Definition &d : definitions) {
        PrivacySetting s;
        s.id = QString::fromLatin1(d.id);
        s.title = Tr::tr(d.title);
        s.why = Tr::tr(d.why);
        s.section = d.section;
        s.kind = d.kind;
        s.option = d.option;
        s.flag = d.flag;
        s.recommended = d.recommended;
        s.rule = d.rule;
        s.unit = *d.unit ? Tr::tr(d.unit) : QString();
        if (mta == MtaKind::Qmail && s.id == QLatin1String("banner")) {
            // qmail greets with control/me when smtpgreeting is missing: name that host
            if (const MtaOption *me = optionOf(survey, "me"))
                s.recommended = me->value;
        }
        if (!s.option.isEmpty()) {
            const MtaOption *live = optionOf(survey, s.option);
            QByteArray defaultValue = live ? live->defaultValue : QByteArray();
            if (mta == MtaKind::Sendmail)
                defaultValue = sendmailDefault(s.option);
            if (mta == MtaKind::Qmail && s.option == "smtpgreeting")
                if (const MtaOption *me = optionOf(survey, "me"))
                    defaultValue = me->value;
            s.defaultValue = defaultValue;
            s.value = live ? live->value : defaultValue;
            s.isDefault = !live || live->source == MtaOption::Source::Default;
            const QString path = fileOf(s, survey);
            const std::optional<QByteArray> content = pending && !path.isEmpty() ? pending(path) : std::nullopt;
            if (content) {
                std::optional<QByteArray> set;
                if (mta == MtaKind::Postfix) {
                    if (const auto cf = PostfixMainCf::parse(*content, path))
                        set = cf->value(s.option);
                } else if (mta == MtaKind::Sendmail) {
                    if (const auto mc = SendmailMc::parse(*content, path)) {
                        for (const SendmailMc::Call &call : mc->calls()) {
                            if (call.name == "define" && call.args.value(0) == s.option)
                                set = SendmailMta::defineValue(call.args.value(1));
                        }
                    }
                } else if (!content->isEmpty()) {
                    set = content->left(content->indexOf('\n') < 0 ? content->size() : content->indexOf('\n'));
                }
                // "not applied" only where this setting differs from what runs
                const PrivacySetting running = s;
                s.value = set.value_or(defaultValue);
                s.isDefault = !set;
                // a PrivacyOptions flag is pending when it is, not when another flag of the list is
                s.pending = s.flag.isEmpty() ? s.value != running.value || s.isDefault != running.isDefault
                                             : s.isOn() != running.isOn();
            }
        }
        if (s.id.startsWith(QLatin1String("dnsbl")) && s.kind != Kind::Unavailable)
            blocklistValue(s, survey, pending, current);
        out.append(s);
    }
    return out;
}

namespace {
// The restriction list or .mc with the blocklists \a value asks for.
std::expected<FileChange, QString> blocklistChange(const PrivacySetting &setting, const HostSurvey &survey,
    const QString &path, const QByteArray &content, const QByteArray &value, const std::optional<QByteArray> &original)
{
    const MtaKind mta = survey.mta->kind();
    if (mta == MtaKind::Postfix) {
        const auto cf = PostfixMainCf::parse(content, path);
        if (!cf)
            return std::unexpected(cf.error().toString());
        const MtaOption *live = optionOf(survey, setting.option);
        const QByteArray defaultList = live ? live->defaultValue : QByteArray();
        const QByteArray list = cf->value(setting.option).value_or(defaultList);
        const Dnsbl::PostfixBlocklists now = Dnsbl::postfixBlocklists(list);
        QList<QByteArray> zones = now.zones;
        bool warnOnly = now.zones.isEmpty() || now.warnOnly; // a first list only logs
        if (setting.kind == Kind::Toggle) {
            if (zones.isEmpty())
                return std::unexpected(Tr::tr("add a blocklist first"));
            warnOnly = value == "yes";
        } else {
            const auto parsed = Dnsbl::parseZones(value, true);
            if (!parsed)
                return std::unexpected(parsed.error());
            zones = *parsed;
        }
        const QByteArray changed = Dnsbl::postfixWithBlocklists(list, zones, warnOnly);
        if (changed == list)
            return FileChange {path, QStringLiteral("postfix-main"), {}, content, content};
        // back to what the host's file left to the default: remove the line again
        if (original && !setsOption(mta, *original, setting.option) && changed.simplified() == defaultList.simplified()
            && setsOption(mta, content, setting.option))
            return MtaEdits::unsetPostfixParameter(path, content, setting.option);
        return MtaEdits::setPostfixParameter(path, content, setting.option, changed);
    }
    auto mc = SendmailMc::parse(content, path);
    if (!mc)
        return std::unexpected(mc.error().toString());
    const auto zones = Dnsbl::parseZones(value, false);
    if (!zones)
        return std::unexpected(zones.error());
    // FEATURE(`dnsbl') lines of lists that stay are left as they are (with their own messages)
    const QList<QByteArray> present = blocklistsIn(mta, content).zones;
    for (const QByteArray &zone : present) {
        if (!zones->contains(zone))
            mc->removeCall("FEATURE", "dnsbl", zone);
    }
    for (const QByteArray &zone : *zones) {
        if (!present.contains(zone) && !mc->addFeature("dnsbl", {zone}, true))
            return std::unexpected(Tr::tr("\"%1\" cannot be written into sendmail.mc").arg(QString::fromUtf8(zone)));
    }
    return FileChange {path, QStringLiteral("sendmail-mc"), {}, content, mc->toBytes()};
}
} // namespace

std::expected<FileChange, QString> PrivacySettings::change(const PrivacySetting &setting, const HostSurvey &survey,
    const QByteArray &content, bool absent, const QByteArray &value, const std::optional<QByteArray> &original)
{
    const QString path = fileOf(setting, survey);
    if (path.isEmpty())
        return std::unexpected(Tr::tr("%1 cannot be changed from the Privacy tab").arg(setting.title));
    const MtaKind mta = survey.mta->kind();
    const bool on = value == "yes";
    if (setting.id.startsWith(QLatin1String("dnsbl")))
        return blocklistChange(setting, survey, path, content, value, original);
    // back to a default the host's file never spelt out: remove the setting again
    const auto backToUnset = [&](const QByteArray &newValue) {
        return original && mta != MtaKind::Qmail && !setting.defaultValue.isNull()
            && newValue.trimmed().toLower() == setting.defaultValue.trimmed().toLower()
            && !setsOption(mta, *original, setting.option);
    };
    if (mta == MtaKind::Postfix) {
        const QByteArray v = setting.kind == Kind::Toggle ? (on ? setting.onValue : setting.offValue) : value;
        if ((v.trimmed().isEmpty() || backToUnset(v)) && !setsOption(mta, content, setting.option))
            return FileChange {path, QStringLiteral("postfix-main"), {}, content, content}; // default already
        if (v.trimmed().isEmpty() || backToUnset(v))
            return MtaEdits::unsetPostfixParameter(path, content, setting.option);
        return MtaEdits::setPostfixParameter(path, content, setting.option, v);
    }
    if (mta == MtaKind::Sendmail) {
        if (!setting.flag.isEmpty()) {
            QList<QByteArray> flags = flagList(setting.value);
            if (flags.contains("goaway") && !on) {
                // goaway is all of them: spell it out so one can be dropped
                flags.removeAll("goaway");
                for (const QByteArray &f : kGoaway) {
                    if (!flags.contains(f))
                        flags.append(f);
                }
            }
            flags.removeAll(setting.flag);
            if (on)
                flags.append(setting.flag);
            if (backToUnset(flags.join(',')) && setsOption(mta, content, setting.option))
                return MtaEdits::unsetSendmailDefine(path, content, setting.option);
            return MtaEdits::setSendmailDefine(path, content, setting.option, flags.join(','));
        }
        if ((value.trimmed().isEmpty() || backToUnset(value)) && !setsOption(mta, content, setting.option))
            return FileChange {path, QStringLiteral("sendmail-mc"), {}, content, content}; // default already
        if (value.trimmed().isEmpty() || backToUnset(value))
            return MtaEdits::unsetSendmailDefine(path, content, setting.option);
        return MtaEdits::setSendmailDefine(path, content, setting.option, value);
    }
    CatalogueEntry entry;
    entry.path = path;
    entry.formatType = QStringLiteral("qmail-control");
    entry.group = CatalogueEntry::Group::ControlFiles;
    if (value.trimmed().isEmpty()) {
        if (absent)
            return std::unexpected(Tr::tr("%1 already uses qmail's default").arg(path));
        return MtaEdits::removeFile(entry, content);
    }
    auto change = MtaEdits::setQmailControl(entry, content, value);
    if (change)
        change->absentBefore = absent;
    return change;
}

} // namespace Mailwarden
