# The Postfix host (sourced by /usr/local/lib/mw-lab/init inside its root).
# shellcheck shell=bash

# what host_provision writes: saved at start, put back by `lab reset`
# shellcheck disable=SC2034
KNOWN_PATHS=(/etc/postfix /etc/aliases /etc/aliases.db /etc/mailname /var/spool/postfix/etc)

PF_TABLES="client_access helo_access sender_access recipient_access virtual transport canonical generic relocated"

# mwfish: the admin's key, but fish as login shell, which quotes differently
# from POSIX shells (tests/integration/tst_sshhost.cpp runs commands as it).
fish_user() {
    id mwfish >/dev/null 2>&1 || useradd --create-home --shell /usr/bin/fish --comment 'fish login shell' mwfish
    install -d -m 0700 -o mwfish -g mwfish /home/mwfish/.ssh
    install -m 0600 -o mwfish -g mwfish "$LIB/authorized_keys" /home/mwfish/.ssh/authorized_keys
    # sshd adds up every AllowUsers line it reads
    printf 'AllowUsers mwfish\n' >/etc/ssh/sshd_config.d/mailwarden-lab-fish.conf
}

host_provision() {
    local t
    fish_user
    for t in $PF_TABLES header_checks virtual_domains; do
        install_table "$LIB/tables/$t" "/etc/postfix/$t"
    done
    install_table "$LIB/tables/aliases" /etc/aliases
    postconf -e \
        "myhostname = $LAB_FQDN" \
        "mydomain = $LAB_DOMAIN" \
        "myorigin = /etc/mailname" \
        "mydestination = \$myhostname, localhost.\$mydomain, localhost" \
        "inet_interfaces = $LAB_ADDR" \
        "inet_protocols = ipv4" \
        "mynetworks_style = host" \
        "mynetworks = 127.0.0.2/32" \
        "relayhost = [127.0.0.1]:$LAB_DEAD_PORT" \
        "smtp_dns_support_level = disabled" \
        "smtp_host_lookup = native" \
        "maillog_file = /var/log/mail.log" \
        "smtpd_tls_cert_file = /etc/ssl/mailwarden/lab.crt" \
        "smtpd_tls_key_file = /etc/ssl/mailwarden/lab.key" \
        "smtpd_tls_security_level = may" \
        "smtpd_tls_loglevel = 1" \
        "smtp_tls_security_level = may" \
        "smtp_tls_loglevel = 1" \
        "alias_maps = hash:/etc/aliases" \
        "alias_database = hash:/etc/aliases" \
        "virtual_alias_domains = /etc/postfix/virtual_domains" \
        "virtual_alias_maps = hash:/etc/postfix/virtual" \
        "transport_maps = hash:/etc/postfix/transport" \
        "sender_canonical_maps = hash:/etc/postfix/canonical" \
        "smtp_generic_maps = hash:/etc/postfix/generic" \
        "relocated_maps = hash:/etc/postfix/relocated" \
        "header_checks = regexp:/etc/postfix/header_checks" \
        "smtpd_helo_required = yes" \
        "disable_vrfy_command = yes" \
        "message_size_limit = 20480000" \
        "smtpd_client_restrictions = permit_mynetworks, check_client_access hash:/etc/postfix/client_access" \
        "smtpd_helo_restrictions = permit_mynetworks, check_helo_access hash:/etc/postfix/helo_access, reject_invalid_helo_hostname" \
        "smtpd_sender_restrictions = permit_mynetworks, check_sender_access hash:/etc/postfix/sender_access, reject_non_fqdn_sender" \
        "smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_recipient_access hash:/etc/postfix/recipient_access, reject_non_fqdn_recipient" \
        "smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination" \
        "maximal_queue_lifetime = 30d" \
        "bounce_queue_lifetime = 30d"
    # the smtp service on the lab's loopback port instead of 25
    sed -i "s/^smtp      inet  n       -       y       -       -       smtpd\$/$LAB_SMTP_PORT     inet  n       -       y       -       -       smtpd/" \
        /etc/postfix/master.cf
    grep -q "^$LAB_SMTP_PORT " /etc/postfix/master.cf
    # and SMTPS (TLS from the first byte) beside it, for the implicit-TLS probe
    if [ -n "${LAB_SMTPS_PORT:-}" ] && ! grep -q "^$LAB_SMTPS_PORT " /etc/postfix/master.cf; then
        printf '%s     inet  n       -       y       -       -       smtpd\n  -o smtpd_tls_wrappermode=yes\n' \
            "$LAB_SMTPS_PORT" >>/etc/postfix/master.cf
    fi
    for t in $PF_TABLES; do postmap "hash:/etc/postfix/$t"; done
    newaliases
    # what Debian's init script copies into the chroot of the chrooted services
    mkdir -p /var/spool/postfix/etc
    cp -f /etc/hosts /etc/resolv.conf /etc/services /etc/nsswitch.conf /etc/host.conf /etc/localtime \
        /var/spool/postfix/etc/ 2>/dev/null || true
    # postfix check takes seconds (it walks the whole installation): at start only
    [ "${LAB_MODE:-start}" = reset ] || postfix check
}

host_start() {
    postfix start
    wait_for 15 postfix status
}

host_stop() { postfix stop; }

host_reload() {
    if postfix status >/dev/null 2>&1; then postfix reload; else host_start; fi
}

host_reset_queue() { postsuper -d ALL; }

# postlogd reopens maillog_file when master restarts it (as `postfix logrotate` does).
host_rotate_log() {
    rotate_mail_log
    postfix reload
}

# A few messages for the relay that never answers (deferred) and one held.
host_seed() {
    local to n
    n=0
    for to in partner@outside.example billing@globex.example ops@initech.invalid; do
        n=$((n + 1))
        printf 'From: ops@%s\nTo: %s\nSubject: lab seed %d\n\nThis one stays deferred.\n' \
            "$LAB_FQDN" "$to" "$n" | sendmail -f "ops@$LAB_FQDN" "$to"
    done
    printf 'From: ops@%s\nTo: alice@%s\nSubject: lab seed held\nX-Lab-Hold: yes\n\nHeld by header_checks.\n' \
        "$LAB_FQDN" "$LAB_FQDN" | sendmail -f "ops@$LAB_FQDN" "alice@$LAB_FQDN"
    # wait until the first delivery attempt has moved them to the deferred queue
    wait_for 20 pf_deferred_count_is 3
}

pf_deferred_count_is() {
    [ "$(find /var/spool/postfix/deferred -type f | wc -l)" -ge "$1" ]
}
