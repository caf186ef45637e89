#include "postfixoptions.h"

#include "core/tr.h"

#include <QHash>
#include <QRegularExpression>

namespace Mailwarden {

QDebug operator<<(QDebug debug, const MtaOption &option)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "MtaOption(" << option.name << " = " << option.value << ", default " << option.defaultValue
                    << ", source " << int(option.source) << ", type " << int(option.type)
                    << (option.deprecated ? ", deprecated" : "") << ')';
    return debug;
}

namespace {

QHash<QByteArray, QByteArray> settings(QByteArrayView text)
{
    QHash<QByteArray, QByteArray> out;
    for (const QByteArray &line : text.toByteArray().split('\n')) {
        const qsizetype eq = line.indexOf(" =");
        if (eq > 0)
            out.insert(line.first(eq), line.sliced(eq + 2).trimmed());
    }
    return out;
}

QList<QByteArray> names(QByteArrayView text)
{
    QList<QByteArray> out;
    for (const QByteArray &line : text.toByteArray().split('\n')) {
        const qsizetype eq = line.indexOf(" =");
        if (eq > 0)
            out.append(line.first(eq));
    }
    return out;
}

// What an admin looks for first: privacy, hardening, relay, limits, TLS, identity.
struct Explained {
    const char *name;
    const char *text;
};

constexpr Explained kExplained[] = {
    {"myhostname",
        QT_TRANSLATE_NOOP(
            "Mailwarden", "The fully qualified name of this mail host, used in the banner and in Received headers.")},
    {"mydomain", QT_TRANSLATE_NOOP("Mailwarden", "The domain of this host; other defaults are derived from it.")},
    {"myorigin", QT_TRANSLATE_NOOP("Mailwarden", "The domain that locally posted mail appears to come from.")},
    {"mydestination", QT_TRANSLATE_NOOP("Mailwarden", "The domains this host delivers locally instead of forwarding.")},
    {"mynetworks",
        QT_TRANSLATE_NOOP("Mailwarden", "Clients trusted to relay through this host; keep it as small as possible.")},
    {"relayhost",
        QT_TRANSLATE_NOOP(
            "Mailwarden", "The host all outgoing mail is sent to; empty sends directly to each domain's MX.")},
    {"inet_interfaces", QT_TRANSLATE_NOOP("Mailwarden", "The network addresses the SMTP server listens on.")},
    {"inet_protocols", QT_TRANSLATE_NOOP("Mailwarden", "Whether Postfix uses IPv4, IPv6 or both.")},
    {"smtpd_banner",
        QT_TRANSLATE_NOOP(
            "Mailwarden", "The greeting sent to every client; naming the software and version helps attackers.")},
    {"disable_vrfy_command",
        QT_TRANSLATE_NOOP("Mailwarden", "Refuses VRFY, so that nobody can test which addresses exist.")},
    {"smtpd_helo_required",
        QT_TRANSLATE_NOOP("Mailwarden", "Requires clients to greet with HELO or EHLO first; many spam tools do not.")},
    {"strict_rfc821_envelopes",
        QT_TRANSLATE_NOOP("Mailwarden", "Refuses envelope addresses that are not in strict <user@domain> form.")},
    {"smtpd_delay_reject",
        QT_TRANSLATE_NOOP("Mailwarden",
            "Waits with rejections until RCPT TO, so that they can be logged with sender and recipient.")},
    {"smtpd_relay_restrictions",
        QT_TRANSLATE_NOOP("Mailwarden", "Who may relay: the rules that keep this host from being an open relay.")},
    {"smtpd_recipient_restrictions",
        QT_TRANSLATE_NOOP("Mailwarden", "Checks applied to each RCPT TO, in order; the first that decides wins.")},
    {"smtpd_client_restrictions",
        QT_TRANSLATE_NOOP("Mailwarden", "Checks applied to the connecting client's address and name.")},
    {"smtpd_helo_restrictions",
        QT_TRANSLATE_NOOP("Mailwarden", "Checks applied to the name a client gives in HELO or EHLO.")},
    {"smtpd_sender_restrictions", QT_TRANSLATE_NOOP("Mailwarden", "Checks applied to the MAIL FROM address.")},
    {"smtpd_reject_unlisted_recipient",
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Rejects recipients that do not exist here at RCPT TO instead of bouncing later.")},
    {"message_size_limit", QT_TRANSLATE_NOOP("Mailwarden", "The largest message accepted, in bytes.")},
    {"mailbox_size_limit", QT_TRANSLATE_NOOP("Mailwarden", "The largest local mailbox, in bytes (0: no limit).")},
    {"smtpd_recipient_limit", QT_TRANSLATE_NOOP("Mailwarden", "The most recipients one message may have.")},
    {"smtpd_client_connection_count_limit",
        QT_TRANSLATE_NOOP("Mailwarden", "The most connections one client may hold at once.")},
    {"smtpd_client_connection_rate_limit",
        QT_TRANSLATE_NOOP("Mailwarden", "The most connections one client may open per time unit (0: no limit).")},
    {"smtpd_client_message_rate_limit",
        QT_TRANSLATE_NOOP("Mailwarden", "The most messages one client may send per time unit (0: no limit).")},
    {"smtpd_error_sleep_time",
        QT_TRANSLATE_NOOP("Mailwarden", "How long the server pauses after an error, slowing down address harvesters.")},
    {"smtpd_soft_error_limit",
        QT_TRANSLATE_NOOP("Mailwarden", "After this many errors the server starts pausing before each reply.")},
    {"smtpd_hard_error_limit", QT_TRANSLATE_NOOP("Mailwarden", "After this many errors the server hangs up.")},
    {"smtpd_tls_security_level",
        QT_TRANSLATE_NOOP("Mailwarden", "Whether the SMTP server offers STARTTLS (may) or requires it (encrypt).")},
    {"smtpd_tls_auth_only",
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Offers AUTH only after STARTTLS, so passwords never cross the network in clear text.")},
    {"smtpd_tls_protocols",
        QT_TRANSLATE_NOOP(
            "Mailwarden", "The TLS versions the SMTP server accepts; exclude SSLv2, SSLv3, TLSv1 and TLSv1.1.")},
    {"smtpd_tls_mandatory_protocols",
        QT_TRANSLATE_NOOP("Mailwarden", "The TLS versions accepted where TLS is required.")},
    {"smtpd_tls_cert_file", QT_TRANSLATE_NOOP("Mailwarden", "The server's certificate (PEM).")},
    {"smtpd_tls_key_file", QT_TRANSLATE_NOOP("Mailwarden", "The private key of the server's certificate (PEM).")},
    {"smtp_tls_security_level",
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Whether outgoing mail uses STARTTLS when the receiving server offers it (may).")},
    {"smtpd_sasl_auth_enable",
        QT_TRANSLATE_NOOP("Mailwarden", "Lets clients authenticate with SASL (submission by users).")},
    {"postscreen_dnsbl_sites",
        QT_TRANSLATE_NOOP("Mailwarden", "DNS blocklists postscreen asks about each client, with weights.")},
    {"maximal_queue_lifetime",
        QT_TRANSLATE_NOOP("Mailwarden", "How long undeliverable mail stays in the queue before it is returned.")},
    {"bounce_queue_lifetime", QT_TRANSLATE_NOOP("Mailwarden", "How long undeliverable bounces stay in the queue.")},
    {"alias_maps", QT_TRANSLATE_NOOP("Mailwarden", "The alias tables the local delivery agent reads.")},
    {"virtual_alias_maps",
        QT_TRANSLATE_NOOP("Mailwarden", "Address rewriting for any domain: forwards addresses to other addresses.")},
    {"transport_maps",
        QT_TRANSLATE_NOOP(
            "Mailwarden", "Routes mail for chosen domains or addresses to a given transport and next hop.")},
    {"biff", QT_TRANSLATE_NOOP("Mailwarden", "Notifies logged-in users of new mail; rarely wanted on a server.")},
};

} // namespace

QString PostfixOptions::explanation(QByteArrayView name)
{
    for (const Explained &e : kExplained) {
        if (name == e.name)
            return Tr::tr(e.text);
    }
    return {};
}

MtaOption::Type PostfixOptions::typeOf(QByteArrayView name, QByteArrayView defaultValue)
{
    using Type = MtaOption::Type;
    if (name.endsWith("_restrictions") || name == "smtpd_restriction_classes")
        return Type::Restrictions;
    if (name.endsWith("_maps") || name.endsWith("_checks") || name == "alias_database")
        return Type::Tables;
    if (defaultValue == "yes" || defaultValue == "no")
        return Type::Bool;
    static const QRegularExpression time(QStringLiteral("^\\d+[smhdw]$"));
    if (time.match(QString::fromUtf8(defaultValue)).hasMatch() || name.endsWith("_timeout") || name.endsWith("_time")
        || name.endsWith("_lifetime") || name.endsWith("_delay"))
        return Type::Time;
    bool number = false;
    (void)defaultValue.toLongLong(&number);
    if (number)
        return name.contains("size") ? Type::Size : Type::Number;
    if (name == "mydestination" || name == "mynetworks" || name.endsWith("_domains") || name.endsWith("_networks")
        || name.endsWith("_protocols") || name.endsWith("_sites") || defaultValue.contains(','))
        return Type::List;
    return Type::Text;
}

QList<MtaOption> PostfixOptions::fromPostconf(
    QByteArrayView defaults, QByteArrayView explicitSettings, QByteArrayView warnings, const QString &mainCf)
{
    const QHash<QByteArray, QByteArray> set = settings(explicitSettings), byDefault = settings(defaults);
    // postconf: "warning: /etc/postfix/main.cf: support for parameter "X" will be removed; instead, specify "Y""
    QHash<QByteArray, QString> deprecated;
    static const QRegularExpression removed(
        QStringLiteral("support for parameter \"([A-Za-z0-9_]+)\" will be removed"));
    for (const QByteArray &line : warnings.toByteArray().split('\n')) {
        const auto m = removed.match(QString::fromUtf8(line));
        if (m.hasMatch())
            deprecated.insert(
                m.captured(1).toUtf8(), QString::fromUtf8(line.mid(line.indexOf("warning:") + 9)).trimmed());
    }
    QList<MtaOption> out;
    for (const QByteArray &name : names(defaults)) {
        MtaOption o;
        o.name = name;
        o.defaultValue = byDefault.value(name);
        const auto it = set.constFind(name);
        o.source = it == set.cend() ? MtaOption::Source::Default : MtaOption::Source::MainConfig;
        o.value = it == set.cend() ? o.defaultValue : *it;
        o.where = it == set.cend() ? QString() : mainCf;
        o.type = typeOf(name, o.defaultValue);
        o.deprecated = deprecated.contains(name);
        o.warning = deprecated.value(name);
        o.explanation = explanation(name);
        o.documentation = QStringLiteral("postconf(5)");
        out.append(o);
    }
    return out;
}

} // namespace Mailwarden
