#!/usr/bin/env bash
# check-qmail.sh: the real notqmail daemons and tools of the qmail host, driven
# as the console would (ssh, sudo -n, the mw-file helper) and from outside
# (swaks): banner from control/smtpgreeting, badmailfrom, a tcp.smtp RELAYCLIENT
# rule made effective by tcprules, qmail-newu after a users/assign change,
# deferred outside mail, the tools on the sudo path, multilog's logs.
# Changes it makes are undone at the end (and by `lab reset`).
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/check-lib.sh"
need_host qmail
need_tool swaks
root=$(host_root_dir qmail)
port=$(lab_host_port qmail smtp)
fqdn=$(lab_fqdn qmail)

# install_file PATH: stdin through the product's root-file helper
install_file() {
    local content
    content=$(cat)
    printf '%s\n' "$content" | ssh_key qmail "sudo -n /usr/local/sbin/mw-file install --sha256 $(printf '%s\n' "$content" | sha256sum | cut -c1-64) $1"
}
tcprules() { ssh_key qmail 'sudo -n /usr/bin/tcprules /etc/tcp.smtp.cdb /etc/tcp.smtp.tmp </etc/tcp.smtp'; }

# the binaries are notqmail's, not stand-ins
for b in qmail-send qmail-smtpd qmail-lspawn qmail-rspawn qmail-clean qmail-qread qmail-newu; do
    file=$root/var/qmail/bin/$b
    if [ ! -f "$file" ] || [ -L "$file" ] || ! head -c 4 "$file" | grep -q 'ELF'; then
        fail "$b is not a compiled binary"
    fi
done
ps=$(ssh_key qmail 'ps -eo user=,args=')
for p in 'qmails +qmail-send' 'root +qmail-lspawn' 'qmailr +qmail-rspawn' 'qmailq +qmail-clean' \
    'qmaild +/usr/bin/tcpserver .* /var/qmail/bin/qmail-smtpd'; do
    expect_match "$ps" "^$p" "running: $p"
done
ok "notqmail's qmail-send, lspawn, rspawn, clean and tcpserver/qmail-smtpd run"

# banner and refusals from the real qmail-smtpd
out=$(swaks --server "$LAB_ADDR" --port "$port" --from tester@client.lab.test --to "alice@$fqdn" \
    --quit-after RCPT --timeout 30 2>&1 || true)
expect_match "$out" "<- +220 $fqdn Mailwarden lab qmail ESMTP" "banner from control/smtpgreeting"
ok "banner: $(grep -m1 -E '<- +220 ' <<<"$out" | sed 's/^ *<- *//')"
out=$(swaks --server "$LAB_ADDR" --port "$port" --from spammer@blocked.example \
    --to "alice@$fqdn" --quit-after RCPT --timeout 30 2>&1 || true)
expect_match "$out" "553 sorry, your envelope sender is in my badmailfrom list" "badmailfrom"
ok "badmailfrom refuses spammer@blocked.example"

# relaying: refused for 127.0.0.3 by rcpthosts until a RELAYCLIENT rule is compiled
relay() {
    swaks --server "$LAB_ADDR" --port "$port" --local-interface 127.0.0.3 --helo client.lab.test \
        --from tester@client.lab.test --to someone@outside.example --quit-after RCPT --timeout 30 2>&1 || true
}
expect_match "$(relay)" "553 sorry, that domain isn't in my list of allowed rcpthosts" "relay from 127.0.0.3"
rules=$(cat "$root/etc/tcp.smtp")
trap 'printf "%s\n" "$rules" | install_file /etc/tcp.smtp >/dev/null 2>&1; tcprules >/dev/null 2>&1' EXIT
before=$(stat -c %Y.%i "$root/etc/tcp.smtp.cdb")
printf '127.0.0.3:allow,RELAYCLIENT="",RBLSMTPD=""\n%s\n' "$rules" | install_file /etc/tcp.smtp ||
    fail "mw-file install /etc/tcp.smtp"
expect_match "$(relay)" "553 sorry, that domain isn't in my list of allowed rcpthosts" "relay before tcprules"
tcprules || fail "tcprules through sudo failed"
[ "$before" != "$(stat -c %Y.%i "$root/etc/tcp.smtp.cdb")" ] || fail "tcp.smtp.cdb was not rebuilt"
expect_match "$(relay)" "<- +250 ok" "relay from 127.0.0.3 after tcprules"
ok "127.0.0.3 relays once its RELAYCLIENT rule is compiled by sudo -n tcprules"
out=$(ssh_key qmail 'cd / && env TCPREMOTEIP=127.0.0.2 /usr/bin/tcprulescheck /etc/tcp.smtp.cdb') || fail "tcprulescheck"
expect_match "$out" "set environment variable RELAYCLIENT" "tcprulescheck 127.0.0.2"
printf '%s\n' "$rules" | install_file /etc/tcp.smtp || fail "restoring /etc/tcp.smtp"
tcprules || fail "tcprules after restoring /etc/tcp.smtp"
expect_match "$(relay)" "553 sorry, that domain isn't in my list of allowed rcpthosts" "relay after restoring tcp.smtp"
trap - EXIT
ok "tcp.smtp restored: 127.0.0.3 refused again"

# qmail-newu: a new users/assign entry takes effect only once compiled
marker="newu-$$-$RANDOM"
assign=$(cat "$root/var/qmail/users/assign")
uid=$(stat -c %u "$root/home/alice") gid=$(stat -c %g "$root/home/alice")
trap 'printf "%s\n" "$assign" | install_file /var/qmail/users/assign >/dev/null 2>&1; ssh_key qmail sudo -n /var/qmail/bin/qmail-newu >/dev/null 2>&1' EXIT
{ grep -vx '\.' <<<"$assign"; printf '=postbox:alice:%s:%s:/home/alice:::\n.\n' "$uid" "$gid"; } |
    install_file /var/qmail/users/assign || fail "mw-file install users/assign"
ssh_key qmail sudo -n /var/qmail/bin/qmail-newu || fail "sudo -n qmail-newu"
swaks --server "$LAB_ADDR" --port "$port" --from tester@client.lab.test --to "postbox@$fqdn" \
    --header "Subject: $marker" --timeout 30 >/dev/null 2>&1 || fail "swaks to postbox@$fqdn"
for _ in $(seq 100); do
    grep -rlqs -- "$marker" "$root/home/alice/Maildir/new" && break
    sleep 0.2
done
grep -rlqs -- "$marker" "$root/home/alice/Maildir/new" || fail "postbox@ did not reach alice's Maildir after qmail-newu"
printf '%s\n' "$assign" | install_file /var/qmail/users/assign || fail "restoring users/assign"
ssh_key qmail sudo -n /var/qmail/bin/qmail-newu || fail "qmail-newu after restoring users/assign"
trap - EXIT
ok "qmail-newu: postbox@$fqdn delivered into alice's Maildir, assign restored"

# outside mail stays queued as deferred (smtproutes sends it to the dead relay)
out=$(ssh_key qmail sudo -n /var/qmail/bin/qmail-qread) || fail "qmail-qread"
expect_match "$out" "remote	partner@outside.example" "qmail-qread"
msg=$(grep -m1 -B1 'partner@outside.example' <<<"$out" | grep -oE '#[0-9]+' | tr -d '#')
expect_match "$(cat "$root/var/log/qmail/current")" "starting delivery ([0-9]+): msg $msg to remote partner@outside.example" "delivery of msg $msg"
expect_match "$(cat "$root/var/log/qmail/current")" "deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection" "deferral"
ok "msg $msg to partner@outside.example is queued and deferred"

# the other tools on the sudo path
expect_match "$(ssh_key qmail sudo -n /var/qmail/bin/qmail-showctl)" "^me: My name is $fqdn" "qmail-showctl"
ssh_key qmail sudo -n /var/qmail/bin/qmail-tcpto >/dev/null || fail "qmail-tcpto"
ssh_key qmail sudo -n /var/qmail/bin/qmail-tcpok || fail "qmail-tcpok"
ok "qmail-showctl, qmail-tcpto, qmail-tcpok through sudo -n"

# multilog: tai64n-stamped lines of the real qmail-send and tcpserver
log=$(cat "$root/var/log/qmail/current")
expect_match "$(tail -n 40 <<<"$log")" "^@[0-9a-f]{24} delivery [0-9]+: success: " "live qmail-send lines"
expect_match "$(cat "$root/var/log/qmail/smtpd/current")" '^@[0-9a-f]{24} tcpserver: (pid|ok|end) ' "multilog tcpserver log"
ok "multilog writes /var/log/qmail/current and /var/log/qmail/smtpd/current"
