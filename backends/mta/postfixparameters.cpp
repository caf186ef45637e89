#include "postfixparameters.h"

#include "core/tr.h"

namespace Mailwarden::PostfixParameters {

namespace {

bool isSeparator(char c)
{
    return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QList<QByteArray> words(QByteArrayView value)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    while (i < value.size()) {
        while (i < value.size() && isSeparator(value[i]))
            ++i;
        const qsizetype begin = i;
        int braces = 0; // { a, b } is one word
        while (i < value.size() && (braces > 0 || !isSeparator(value[i]))) {
            braces += value[i] == '{' ? 1 : value[i] == '}' ? -1 : 0;
            ++i;
        }
        if (i > begin)
            out.append(value.sliced(begin, i - begin).toByteArray());
    }
    return out;
}

// Restrictions followed by their table, list or service.
bool takesArgument(QByteArrayView restriction)
{
    if (restriction.startsWith("check_"))
        return restriction != "check_relay_domains";
    for (const char *name : {"reject_rbl_client", "reject_rhsbl_client", "reject_rhsbl_sender", "reject_rhsbl_helo",
             "reject_rhsbl_recipient", "reject_rhsbl_reverse_client", "permit_dnswl_client", "permit_rhswl_client"}) {
        if (restriction == name)
            return true;
    }
    return false;
}

bool startsWithAny(QByteArrayView name, std::initializer_list<const char *> prefixes)
{
    for (const char *p : prefixes) {
        if (name.startsWith(p))
            return true;
    }
    return false;
}

bool isAny(QByteArrayView name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name == n)
            return true;
    }
    return false;
}

} // namespace

QList<Group> groups()
{
    return {Group::General, Group::NetworkAndRelay, Group::SmtpServerRestrictions, Group::SmtpClient, Group::SaslAndTls,
        Group::LimitsAndRate, Group::LocalDelivery, Group::AddressRewriting, Group::Queue, Group::Other};
}

QString groupName(Group group)
{
    switch (group) {
    case Group::General:
        return Tr::tr("General");
    case Group::NetworkAndRelay:
        return Tr::tr("Network and relay");
    case Group::SmtpServerRestrictions:
        return Tr::tr("SMTP server restrictions");
    case Group::SmtpClient:
        return Tr::tr("SMTP client");
    case Group::SaslAndTls:
        return Tr::tr("SASL and TLS");
    case Group::LimitsAndRate:
        return Tr::tr("Limits and rate");
    case Group::LocalDelivery:
        return Tr::tr("Local delivery");
    case Group::AddressRewriting:
        return Tr::tr("Address rewriting and masquerading");
    case Group::Queue:
        return Tr::tr("Queue");
    case Group::Other:
        return Tr::tr("Other");
    }
    return {};
}

Group groupOf(QByteArrayView name)
{
    // TLS and SASL first: smtp_tls_* is about TLS more than about the client.
    if (name.contains("_tls_") || name.startsWith("tls_") || name.contains("_sasl_") || name.startsWith("sasl_")
        || name.startsWith("cyrus_sasl"))
        return Group::SaslAndTls;
    if (name.endsWith("_limit") || name.contains("_rate_") || name.startsWith("anvil_")
        || isAny(name, {"smtpd_error_sleep_time", "smtpd_junk_command_limit", "default_process_limit"}))
        return Group::LimitsAndRate;
    if (isAny(name,
            {"myhostname", "mydomain", "myorigin", "mydestination", "compatibility_level", "mail_name", "mail_owner",
                "setgid_group", "config_directory", "queue_directory", "data_directory", "command_directory",
                "daemon_directory", "shlib_directory", "meta_directory", "html_directory", "manpage_directory",
                "readme_directory", "sample_directory", "mail_version", "biff", "smtputf8_enable", "notify_classes",
                "soft_bounce", "maillog_file", "smtpd_banner"}))
        return Group::General;
    if (isAny(name,
            {"mynetworks", "mynetworks_style", "relayhost", "relay_domains", "relay_transport", "inet_interfaces",
                "inet_protocols", "proxy_interfaces", "default_transport", "transport_maps", "relay_recipient_maps",
                "smtp_bind_address", "smtp_bind_address6", "fallback_relay", "smtp_fallback_relay",
                "permit_mx_backup_networks", "relay_domains_reject_code", "local_transport", "virtual_transport",
                "mailbox_transport", "sender_dependent_relayhost_maps", "sender_dependent_default_transport_maps"}))
        return Group::NetworkAndRelay;
    if (name.endsWith("_restrictions") || name == "smtpd_restriction_classes"
        || startsWithAny(name,
            {"smtpd_reject_", "smtpd_helo_", "smtpd_delay_", "smtpd_null_", "smtpd_sender_", "smtpd_recipient_",
                "smtpd_client_", "smtpd_data_", "smtpd_etrn_", "postscreen_"})
        || isAny(name,
            {"disable_vrfy_command", "strict_rfc821_envelopes", "reject_code", "unknown_address_reject_code",
                "unknown_client_reject_code", "unknown_hostname_reject_code", "unverified_sender_reject_code",
                "maps_rbl_reject_code", "rbl_reply_maps", "header_checks", "body_checks", "mime_header_checks",
                "nested_header_checks", "smtpd_forbidden_commands", "allow_untrusted_routing"}))
        return Group::SmtpServerRestrictions;
    if (startsWithAny(name, {"smtp_", "lmtp_"}))
        return Group::SmtpClient;
    if (startsWithAny(name,
            {"local_", "alias_", "mailbox_", "forward_", "virtual_mailbox", "virtual_minimum", "virtual_uid",
                "virtual_gid"})
        || isAny(name,
            {"home_mailbox", "mail_spool_directory", "luser_relay", "allow_mail_to_commands", "allow_mail_to_files",
                "prepend_delivered_header", "fallback_transport", "recipient_delimiter", "owner_request_special",
                "expand_owner_alias", "require_home_directory", "command_expansion_filter", "mailbox_command"}))
        return Group::LocalDelivery;
    if (startsWithAny(name,
            {"masquerade_", "canonical_", "sender_canonical", "recipient_canonical", "virtual_alias", "append_",
                "remote_header_rewrite", "local_header_rewrite"})
        || isAny(name,
            {"swap_bangpath", "allow_percent_hack", "empty_address_recipient", "propagate_unmatched_extensions",
                "canonical_maps", "generic_maps", "smtp_generic_maps", "address_verify_map"}))
        return Group::AddressRewriting;
    if (startsWithAny(name, {"queue_", "qmgr_", "defer_", "bounce_", "delay_", "maximal_", "minimal_", "hopcount"})
        || name.endsWith("_backoff_time") || name.endsWith("_queue_lifetime")
        || isAny(name, {"initial_destination_concurrency", "default_destination_concurrency_limit"}))
        return Group::Queue;
    if (startsWithAny(name, {"smtpd_"}))
        return Group::SmtpServerRestrictions;
    return Group::Other;
}

QList<QByteArray> splitRestrictions(QByteArrayView value)
{
    QList<QByteArray> out;
    bool softenNext = false;
    bool argumentNext = false;
    for (const QByteArray &word : words(value)) {
        if (argumentNext) {
            out.last() += ' ' + word;
            argumentNext = false;
            continue;
        }
        if (softenNext) {
            out.last() += ' ' + word;
            softenNext = false;
        } else {
            out.append(word);
        }
        if (word == "warn_if_reject")
            softenNext = true;
        else
            argumentNext = takesArgument(word);
    }
    return out;
}

QByteArray joinRestrictions(const QList<QByteArray> &entries)
{
    return entries.join(", ");
}

QList<QByteArray> tablesIn(QByteArrayView value)
{
    QList<QByteArray> out;
    for (const QByteArray &word : words(value)) {
        const qsizetype colon = word.indexOf(':');
        // type:name, not $var or a restriction ("inline:{…}" has no file)
        if (colon > 0 && colon + 1 < word.size() && !word.startsWith('$') && !word.startsWith("inline:")
            && !word.startsWith("static:") && !word.contains('{'))
            out.append(word);
    }
    return out;
}

} // namespace Mailwarden::PostfixParameters
