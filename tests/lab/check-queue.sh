#!/usr/bin/env bash
# check-queue.sh HOST: the queue tools show the deferred mail (outside mail
# goes to a relay that never answers).
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/check-lib.sh"
h=$1
need_host "$h"
case "$h" in
postfix)
    out=$(ssh_key "$h" sudo -n /usr/sbin/postqueue -j) || fail "postqueue -j"
    expect_match "$out" '"queue_name": "deferred"' "postqueue -j"
    # After a retry Postfix marks the relay dead and prefixes later reasons.
    expect_match "$out" "\"delay_reason\": \"(delivery temporarily suspended: )?connect to 127.0.0.1\\[127.0.0.1\\]:$LAB_DEAD_PORT: Connection refused\"" "postqueue -j reason"
    ok "postqueue -j: $(grep -c '"queue_name": "deferred"' <<<"$out") deferred"
    out=$(ssh_key "$h" sudo -n /usr/bin/mailq) || true
    expect_match "$out" "Connection refused" "mailq"
    expect_match "$out" "Requests?\\.?\$|in [0-9]+ Requests" "mailq summary"
    ok "mailq: $(tail -n 1 <<<"$out")"
    ;;
sendmail)
    out=$(ssh_key "$h" sudo -n /usr/bin/mailq) || fail "mailq"
    expect_match "$out" "Deferred: Connection refused by \\[127.0.0.1\\]" "mailq"
    ok "mailq: $(grep -m1 -E 'mqueue \(' <<<"$out" | sed 's/^[[:space:]]*//')"
    ;;
qmail)
    out=$(ssh_key "$h" sudo -n /var/qmail/bin/qmail-qread) || fail "qmail-qread"
    expect_match "$out" "remote	partner@outside.example" "qmail-qread"
    out=$(ssh_key "$h" sudo -n /var/qmail/bin/qmail-qstat) || fail "qmail-qstat"
    expect_match "$out" "messages in queue: [1-9]" "qmail-qstat"
    ok "qmail-qread/qmail-qstat: $(head -n 1 <<<"$out")"
    ;;
esac
