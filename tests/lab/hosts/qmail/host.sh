# The qmail-layout host (sourced by /usr/local/lib/mw-lab/init inside its root).
# Real: Debian's ucspi-tcp (tcpserver, tcprules, rblsmtpd) and daemontools
# (svscan, supervise, svc, multilog); the /var/qmail layout and control files.
# Stand-ins (see qmail-lab): qmail-smtpd, qmail-send, qmail-qread, qmail-qstat,
# qmail-newu. README.md says exactly what is what.
# shellcheck shell=bash

# what host_provision writes: saved at start, put back by `lab reset`
# shellcheck disable=SC2034
KNOWN_PATHS=(/var/qmail/control /var/qmail/alias /var/qmail/users /etc/tcp.smtp /etc/tcp.smtp.cdb /etc/mailname)

QM=/var/qmail

qm_users() {
    getent group nofiles >/dev/null || groupadd -r nofiles
    getent group qmail >/dev/null || groupadd -r qmail
    local u g h
    for u in alias:nofiles:$QM/alias qmaild:nofiles:$QM qmaill:nofiles:/var/log/qmail \
        qmailp:nofiles:$QM qmailq:qmail:$QM qmailr:qmail:$QM qmails:qmail:$QM; do
        IFS=: read -r u g h <<<"$u"
        id "$u" >/dev/null 2>&1 || useradd -r -g "$g" -d "$h" -M -s /usr/sbin/nologin "$u"
    done
}

host_provision() {
    local f
    qm_users
    rm -rf "${QM:?}/control" "${QM:?}/alias" "${QM:?}/users" "${QM:?}/bin" /etc/tcp.smtp /etc/tcp.smtp.cdb
    install -d -m 0755 "$QM" "$QM/control" "$QM/users" "$QM/bin"
    install -d -m 2755 -o alias -g qmail "$QM/alias"
    printf '%s\n' "$LAB_FQDN" >"$QM/control/me"
    printf '%s\n' "$LAB_DOMAIN" >"$QM/control/defaultdomain"
    printf '%s\n' "$LAB_DOMAIN" >"$QM/control/plusdomain"
    printf '%s\n' 10485760 >"$QM/control/databytes"
    printf '%s\n' "$LAB_FQDN Mailwarden lab qmail" >"$QM/control/smtpgreeting"
    printf '%s\n' 20 >"$QM/control/concurrencyincoming"
    printf '%s\n' 20 >"$QM/control/concurrencyremote"
    printf '%s\n' 604800 >"$QM/control/queuelifetime"
    for f in rcpthosts locals virtualdomains smtproutes badmailfrom; do
        install -m 0644 "$LIB/tables/control/$f" "$QM/control/$f"
    done
    cp -a "$LIB/tables/alias/." "$QM/alias/"
    chown -R alias:qmail "$QM/alias"
    chmod 0644 "$QM"/alias/.qmail-*
    install -m 0644 "$LIB/tables/users/assign" "$QM/users/assign"
    install -m 0755 "$LIB/qmail-lab" "$QM/bin/qmail-lab"
    for f in qmail-smtpd qmail-send qmail-qread qmail-qstat qmail-newu; do
        ln -s qmail-lab "$QM/bin/$f"
    done
    "$QM/bin/qmail-newu"
    install -m 0644 "$LIB/tables/tcp.smtp" /etc/tcp.smtp
    tcprules /etc/tcp.smtp.cdb /etc/tcp.smtp.tmp </etc/tcp.smtp
    # the queue (kept across reset; host_reset_queue empties it)
    for f in mess todo info local remote; do install -d -m 0750 -o qmailq -g qmail "$QM/queue/$f"; done
    chown qmaild "$QM/queue/mess" "$QM/queue/todo"
    # supervised services, Life-with-qmail style: /var/qmail/supervise/* linked from /service
    qm_service qmail-send "exec $QM/bin/qmail-send" /var/log/qmail
    qm_service qmail-smtpd "QMAILDUID=\$(id -u qmaild)
NOFILESGID=\$(id -g qmaild)
MAXSMTPD=\$(head -n 1 $QM/control/concurrencyincoming)
LOCAL=\$(head -n 1 $QM/control/me)
exec /usr/bin/softlimit -m 64000000 \\
    /usr/bin/tcpserver -v -R -H -l \"\$LOCAL\" -x /etc/tcp.smtp.cdb -c \"\$MAXSMTPD\" \\
    -u \"\$QMAILDUID\" -g \"\$NOFILESGID\" $LAB_ADDR $LAB_SMTP_PORT \\
    /usr/bin/rblsmtpd $QM/bin/qmail-smtpd 2>&1" /var/log/qmail/smtpd
}

# qm_service NAME RUN-BODY LOGDIR
qm_service() {
    local d=$QM/supervise/$1
    install -d -m 1755 "$d" "$d/log"
    printf '#!/bin/sh\n%s\n' "$2" >"$d/run.new"
    chmod 0755 "$d/run.new"
    mv "$d/run.new" "$d/run"
    printf '#!/bin/sh\nexec /usr/bin/setuidgid qmaill /usr/bin/multilog t s1000000 n10 %s\n' "$3" >"$d/log/run.new"
    chmod 0755 "$d/log/run.new"
    mv "$d/log/run.new" "$d/log/run"
    install -d -m 0750 -o qmaill -g nofiles "$3"
    mkdir -p /service
    [ -L "/service/$1" ] || ln -s "$d" "/service/$1"
}

host_start() {
    # history for the statistics: a log written by tests/lab/genlog in
    # multilog's format, laid down once; everything after it is real multilog
    if [ ! -e /var/log/qmail/current ] && [ -f "$LIB/seed-send.log" ]; then
        install -m 0644 -o qmaill -g nofiles "$LIB/seed-send.log" /var/log/qmail/current
    fi
    svscan /service &
    printf '%s\n' "$!" >/run/svscan.pid
    wait_for 15 svok /service/qmail-smtpd
    wait_for 15 svok /service/qmail-send
}

host_stop() {
    svc -dx /service/qmail-smtpd /service/qmail-send 2>/dev/null || true
    [ -f /run/svscan.pid ] && kill "$(cat /run/svscan.pid)" 2>/dev/null
    svc -dx /service/qmail-smtpd/log /service/qmail-send/log 2>/dev/null || true
    return 0
}

host_reload() {
    # qmail-send rereads its control files on HUP; tcpserver is restarted
    svc -h /service/qmail-send
    svc -t /service/qmail-smtpd
    wait_for 10 svok /service/qmail-smtpd
}

host_reset_queue() {
    local f
    for f in mess todo info local remote; do
        find "$QM/queue/$f" -mindepth 1 -maxdepth 1 -type f -delete
    done
}

# One message to the outside (stays deferred) and one to a local user, handed
# to qmail-smtpd directly as a client in the rules' RELAYCLIENT would.
host_seed() {
    local to n=0
    for to in partner@outside.example "alice@$LAB_FQDN"; do
        n=$((n + 1))
        printf 'HELO %s\r\nMAIL FROM:<ops@%s>\r\nRCPT TO:<%s>\r\nDATA\r\nSubject: lab seed %d\r\n\r\nseed\r\n.\r\nQUIT\r\n' \
            "$LAB_FQDN" "$LAB_FQDN" "$to" "$n" |
            env RELAYCLIENT= TCPREMOTEIP=127.0.0.1 TCPREMOTEHOST=localhost \
                setuidgid qmaild "$QM/bin/qmail-smtpd" >/dev/null
    done
    wait_for 20 qm_remote_queued
}

qm_remote_queued() { [ -n "$(ls -A "$QM/queue/remote")" ]; }
