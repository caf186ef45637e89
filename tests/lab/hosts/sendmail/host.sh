# The Sendmail host (sourced by /usr/local/lib/mw-lab/init inside its root).
# shellcheck shell=bash

# what host_provision writes: saved at start, put back by `lab reset`
# shellcheck disable=SC2034
KNOWN_PATHS=(/etc/mail /etc/aliases /etc/mailname /etc/rsyslog.conf)

SM_MAPS="access virtusertable mailertable genericstable"

sm_fill() {
    sed -e "s/@FQDN@/$LAB_FQDN/g" -e "s/@ADDR@/$LAB_ADDR/g" \
        -e "s/@SMTP_PORT@/$LAB_SMTP_PORT/g" -e "s/@DEAD_PORT@/$LAB_DEAD_PORT/g" "$1"
}

host_provision() {
    local t
    sm_fill "$LIB/sendmail.mc.in" >/etc/mail/sendmail.mc
    sm_fill "$LIB/submit.mc.in" >/etc/mail/submit.mc
    for t in $SM_MAPS; do install_table "$LIB/tables/$t" "/etc/mail/$t" 0640; done
    for t in relay-domains local-host-names virtual-domains generics-domains; do
        install_table "$LIB/tables/$t" "/etc/mail/$t"
    done
    install_table "$LIB/tables/aliases" /etc/aliases
    # sendmail refuses a TLS key that others may read
    chmod 0600 /etc/ssl/mailwarden/lab.key
    m4 /etc/mail/sendmail.mc >/etc/mail/sendmail.cf.new
    mv /etc/mail/sendmail.cf.new /etc/mail/sendmail.cf
    m4 /etc/mail/submit.mc >/etc/mail/submit.cf.new
    mv /etc/mail/submit.cf.new /etc/mail/submit.cf
    # shellcheck disable=SC2094 # makemap writes $t.db, not $t
    for t in $SM_MAPS; do makemap hash "/etc/mail/$t" <"/etc/mail/$t"; done
    newaliases >/dev/null
    mkdir -p /var/lib/sendmail
    [ -f /var/lib/sendmail/sendmail.st ] || install -m 0640 /dev/null /var/lib/sendmail/sendmail.st
    # mailstats needs the status files: Debian's init script keeps them only with this
    sed -i -e 's/^DAEMON_MAILSTATS=.*/DAEMON_MAILSTATS="Yes";/' -e 's/^MSP_MAILSTATS=.*/MSP_MAILSTATS="Yes";/' \
        /etc/mail/sendmail.conf
    mkdir -p /etc/cron.d
    # rsyslog as on any Debian host without systemd, minus the kernel log
    sed -i 's/^module(load="imklog")/#&/' /etc/rsyslog.conf
}

host_start() {
    rsyslogd
    wait_for 10 test -S /dev/log
    /etc/init.d/sendmail start
}

host_stop() {
    /etc/init.d/sendmail stop || true
    [ -f /run/rsyslogd.pid ] && kill "$(cat /run/rsyslogd.pid)" 2>/dev/null
    return 0
}

# What Debian's `/etc/init.d/sendmail reload` ends in (without its seconds of
# checks): SIGHUP to the daemon, which restarts itself with the new sendmail.cf.
host_reload() {
    local pid
    pid=$(head -n 1 /run/sendmail/mta/sendmail.pid)
    kill -HUP "$pid"
    wait_for 10 sm_listening
}

sm_listening() { grep -q "$(printf ':%04X 00000000:0000 0A' "$LAB_SMTP_PORT")" /proc/net/tcp; }

host_reset_queue() {
    find /var/spool/mqueue /var/spool/mqueue-client -maxdepth 1 -type f -delete 2>/dev/null || true
}

host_seed() {
    local to n=0
    for to in partner@outside.example billing@globex.example ops@initech.invalid; do
        n=$((n + 1))
        # -Am: straight to the MTA's queue; -odi: try now, so it is deferred
        printf 'From: ops@%s\nTo: %s\nSubject: lab seed %d\n\nThis one stays deferred.\n' \
            "$LAB_FQDN" "$to" "$n" | sendmail -Am -odi -f "ops@$LAB_FQDN" "$to" || true
    done
    wait_for 20 sm_queued 3
}

sm_queued() { [ "$(find /var/spool/mqueue -maxdepth 1 -name 'qf*' | wc -l)" -ge "$1" ]; }
