#!/usr/bin/env bash
# check-qmail.sh: tcprules builds tcp.smtp.cdb (through sudo -n, as the console
# would), the rules are in force, and multilog writes qmail-send's log.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/check-lib.sh"
need_host qmail
root=$(host_root_dir qmail)
before=$(stat -c %Y.%i "$root/etc/tcp.smtp.cdb")
sleep 1
ssh_key qmail 'sudo -n /usr/bin/tcprules /etc/tcp.smtp.cdb /etc/tcp.smtp.tmp </etc/tcp.smtp' ||
    fail "tcprules through sudo failed"
after=$(stat -c %Y.%i "$root/etc/tcp.smtp.cdb")
[ "$before" != "$after" ] || fail "tcp.smtp.cdb was not rebuilt"
ok "tcprules rebuilt /etc/tcp.smtp.cdb"
out=$(ssh_key qmail 'cd / && env TCPREMOTEIP=127.0.0.2 /usr/bin/tcprulescheck /etc/tcp.smtp.cdb') || fail "tcprulescheck"
expect_match "$out" "set environment variable RELAYCLIENT" "tcprulescheck 127.0.0.2"
ok "tcprulescheck: 127.0.0.2 gets RELAYCLIENT"
# a sender in control/badmailfrom is refused by the smtp service
if command -v swaks >/dev/null; then
    out=$(swaks --server "$LAB_ADDR" --port "$(lab_host_port qmail smtp)" --from spammer@blocked.example \
        --to "alice@$(lab_fqdn qmail)" --quit-after RCPT --timeout 30 2>&1 || true)
    expect_match "$out" "553 sorry, your envelope sender is in my badmailfrom list" "badmailfrom"
    ok "badmailfrom refuses spammer@blocked.example"
fi
# multilog: tai64n-stamped lines of qmail-send (live ones, not only the seed)
log=$(cat "$root/var/log/qmail/current")
expect_match "$log" '^@[0-9a-f]{24} new msg [0-9]+$' "multilog qmail-send log"
expect_match "$(tail -n 40 <<<"$log")" "^@[0-9a-f]{24} starting delivery [0-9]+: msg [0-9]+ to (local|remote) " "live qmail-send lines"
expect_match "$(cat "$root/var/log/qmail/smtpd/current")" '^@[0-9a-f]{24} tcpserver: (status|pid|ok|end) ' "multilog tcpserver log"
ok "multilog writes /var/log/qmail/current and /var/log/qmail/smtpd/current"
