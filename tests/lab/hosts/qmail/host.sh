# The qmail host (sourced by /usr/local/lib/mw-lab/init inside its root).
# Real: notqmail 1.09 built from source into /var/qmail (hosts/qmail/build.sh):
# qmail-send with qmail-lspawn/rspawn/clean, qmail-smtpd, the queue and the
# tools; Debian's ucspi-tcp (tcpserver, tcprules, rblsmtpd) and daemontools
# (svscan, supervise, svc, multilog, softlimit) run it as in Life with qmail.
# shellcheck shell=bash

# what host_provision writes: saved at start, put back by `lab reset`
# shellcheck disable=SC2034
KNOWN_PATHS=(/var/qmail/control /var/qmail/alias /var/qmail/users /etc/tcp.smtp /etc/tcp.smtp.cdb /etc/mailname)

QM=/var/qmail
QM_USERS="alice bob carol dave erin frank grace heidi ivan judy"

host_provision() {
    local f u
    rm -rf "${QM:?}/control" "${QM:?}/users" /etc/tcp.smtp /etc/tcp.smtp.cdb
    find "$QM/alias" -mindepth 1 -delete
    install -d -m 0755 -o root -g qmail "$QM/control" "$QM/users"
    printf '%s\n' "$LAB_FQDN" >"$QM/control/me"
    printf '%s\n' "$LAB_DOMAIN" >"$QM/control/defaultdomain"
    printf '%s\n' "$LAB_DOMAIN" >"$QM/control/plusdomain"
    printf '%s\n' 10485760 >"$QM/control/databytes"
    printf '%s\n' "$LAB_FQDN Mailwarden lab qmail" >"$QM/control/smtpgreeting"
    printf '%s\n' 20 >"$QM/control/concurrencyincoming"
    printf '%s\n' 20 >"$QM/control/concurrencyremote"
    printf '%s\n' 604800 >"$QM/control/queuelifetime"
    # Life with qmail: the rc script's default delivery
    printf '%s\n' ./Maildir/ >"$QM/control/defaultdelivery"
    # the tables carry the dead relay's port; smtproutes sends all outside mail there
    for f in rcpthosts locals virtualdomains smtproutes badmailfrom; do
        install -m 0644 "$LIB/tables/control/$f" "$QM/control/$f"
    done
    # aliases, with a Maildir for .qmail-default's ./Maildir/
    cp -a "$LIB/tables/alias/." "$QM/alias/"
    chmod 0644 "$QM"/alias/.qmail-*
    chown -R alias:qmail "$QM/alias"
    setuidgid alias "$QM/bin/maildirmake" "$QM/alias/Maildir"
    # users/assign with this root's uids and gids, then the real qmail-newu
    install -m 0644 "$LIB/tables/users/assign" "$QM/users/assign"
    sed -i "s/:alias:7790:2108:/:alias:$(id -u alias):$(id -g alias):/" "$QM/users/assign"
    for u in $QM_USERS; do
        sed -i "s/^=$u:$u:[0-9]*:[0-9]*:/=$u:$u:$(id -u "$u"):$(id -g "$u"):/" "$QM/users/assign"
    done
    "$QM/bin/qmail-newu"
    # every mailbox owner gets a Maildir (qmail-local defers, not creates)
    for u in $QM_USERS "$LAB_USER"; do
        [ -d "/home/$u/Maildir" ] || setuidgid "$u" "$QM/bin/maildirmake" "/home/$u/Maildir"
    done
    install -m 0644 "$LIB/tables/tcp.smtp" /etc/tcp.smtp
    tcprules /etc/tcp.smtp.cdb /etc/tcp.smtp.tmp </etc/tcp.smtp
    # supervised services, Life-with-qmail style: /var/qmail/supervise/* linked from /service
    # shellcheck disable=SC2016 # the rc script expands these itself
    printf '#!/bin/sh\n# Life with qmail: qmail-send and its helpers, delivering to ./Maildir/ by default\nexec env - PATH="/var/qmail/bin:$PATH" qmail-start "`cat /var/qmail/control/defaultdelivery`"\n' >"$QM/rc"
    chmod 0755 "$QM/rc"
    qm_service qmail-send "exec $QM/rc" /var/log/qmail
    qm_service qmail-smtpd "QMAILDUID=\`id -u qmaild\`
NOFILESGID=\`id -g qmaild\`
MAXSMTPD=\`head -n 1 $QM/control/concurrencyincoming\`
LOCAL=\`head -n 1 $QM/control/me\`
# -H: no DNS lookup of the client's name (the lab has no DNS: each would wait ~11 s)
# rblsmtpd is in the chain but off by default: list DNSBL zones here to turn it on
RBLS=''
RBL=
for z in \$RBLS; do RBL=\"\$RBL -r \$z\"; done
exec /usr/bin/softlimit -m 64000000 \\
    /usr/bin/tcpserver -v -R -H -l \"\$LOCAL\" -x /etc/tcp.smtp.cdb -c \"\$MAXSMTPD\" \\
    -u \"\$QMAILDUID\" -g \"\$NOFILESGID\" $LAB_ADDR $LAB_SMTP_PORT \\
    \${RBL:+/usr/bin/rblsmtpd \$RBL} $QM/bin/qmail-smtpd 2>&1" /var/log/qmail/smtpd
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
    # (mode 0744: multilog's mark of a current it finished cleanly, which it
    # appends to; any other mode and it would rename it to @….u at start)
    if [ ! -e /var/log/qmail/current ] && [ -f "$LIB/seed-send.log" ]; then
        install -m 0744 -o qmaill -g nofiles "$LIB/seed-send.log" /var/log/qmail/current
    fi
    svscan /service &
    printf '%s\n' "$!" >/run/svscan.pid
    wait_for 15 svok /service/qmail-smtpd
    wait_for 15 svok /service/qmail-send
    wait_for 15 qm_up qmail-send
}

host_stop() {
    svc -dx /service/qmail-smtpd /service/qmail-send 2>/dev/null || true
    wait_for 10 qm_down qmail-send || true
    [ -f /run/svscan.pid ] && kill "$(cat /run/svscan.pid)" 2>/dev/null
    svc -dx /service/qmail-smtpd/log /service/qmail-send/log 2>/dev/null || true
    return 0
}

qm_up() { svstat "/service/$1" | grep -q ': up (pid '; }
qm_down() { svstat "/service/$1" | grep -q ': down '; }

host_reload() {
    # qmail-send rereads locals and virtualdomains on HUP; tcpserver is restarted
    svc -h /service/qmail-send
    svc -t /service/qmail-smtpd
    wait_for 10 qm_up qmail-smtpd
}

# The queue emptied the only safe way: qmail-send stopped (svc -d), every
# message file in every queue subdirectory removed, qmail-send started again.
host_reset_queue() {
    local running=
    if [ -f /run/svscan.pid ] && qm_up qmail-send; then
        running=1
        svc -d /service/qmail-send
        wait_for 30 qm_down qmail-send || { log "qmail-send did not stop"; return 1; }
    fi
    find "$QM/queue/mess" "$QM/queue/info" "$QM/queue/local" "$QM/queue/remote" \
        "$QM/queue/todo" "$QM/queue/intd" "$QM/queue/bounce" "$QM/queue/pid" -type f -delete
    if [ -n "$running" ]; then
        svc -u /service/qmail-send
        wait_for 15 qm_up qmail-send
    fi
}

# A few messages for the relay that never answers (they stay deferred), put in
# through the real qmail-inject and qmail-smtpd, and one for a local user.
host_seed() {
    local to n=0 before
    before=$(qm_deferrals)
    for to in partner@outside.example billing@globex.example; do
        n=$((n + 1))
        printf 'From: ops@%s\nTo: %s\nSubject: lab seed %d\n\nThis one stays deferred.\n' \
            "$LAB_FQDN" "$to" "$n" | "$QM/bin/qmail-inject" -f "ops@$LAB_FQDN" "$to"
    done
    for to in ops@initech.invalid "alice@$LAB_FQDN"; do
        n=$((n + 1))
        printf 'HELO %s\r\nMAIL FROM:<ops@%s>\r\nRCPT TO:<%s>\r\nDATA\r\nSubject: lab seed %d\r\n\r\nseed\r\n.\r\nQUIT\r\n' \
            "$LAB_FQDN" "$LAB_FQDN" "$to" "$n" |
            env RELAYCLIENT= TCPLOCALIP=127.0.0.1 TCPREMOTEIP=127.0.0.1 TCPLOCALHOST="$LAB_FQDN" \
                setuidgid qmaild "$QM/bin/qmail-smtpd" >/dev/null
    done
    # until the first delivery attempt of all three has been deferred
    wait_for 30 qm_deferrals_above $((before + 2))
}

# the deferrals qmail-send logged so far (multilog's current file)
qm_deferrals() {
    local n
    n=$(grep -c ': deferral: ' /var/log/qmail/current 2>/dev/null) || true
    printf '%s\n' "${n:-0}"
}
qm_deferrals_above() { [ "$(qm_deferrals)" -gt "$1" ]; }
