#!/usr/bin/env bash
# check-sudo.sh HOST: `sudo -n` runs the MTA's commands and refuses others.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/check-lib.sh"
h=$1
need_host "$h"
need_tool ssh
case "$h" in
postfix) out=$(ssh_key "$h" sudo -n /usr/sbin/postconf -h myhostname) || fail "sudo postconf"
    expect_match "$out" "^postfix\.lab\.test\$" "sudo -n postconf" ;;
sendmail) out=$(ssh_key "$h" sudo -n /usr/sbin/makemap -u hash /etc/mail/access) || fail "sudo makemap -u"
    expect_match "$out" "^[Cc]onnect:127\.0\.0\.2[[:space:]]+RELAY" "sudo -n makemap -u hash /etc/mail/access" ;;
qmail) out=$(ssh_key "$h" sudo -n /usr/bin/svstat /service/qmail-smtpd /service/qmail-send) || fail "sudo svstat"
    expect_match "$out" "^/service/qmail-smtpd: up" "sudo -n svstat" ;;
esac
ok "sudo -n allowed an MTA command on $h"
# the file helper reads an allowed file and refuses others
case "$h" in
postfix) f=/etc/postfix/main.cf ;; sendmail) f=/etc/mail/sendmail.mc ;; qmail) f=/var/qmail/control/me ;;
esac
ssh_key "$h" sudo -n /usr/local/sbin/mw-file read "$f" >/dev/null || fail "mw-file read $f"
if ssh_key "$h" sudo -n /usr/local/sbin/mw-file read /etc/shadow >/dev/null 2>&1; then
    fail "mw-file read /etc/shadow was allowed on $h"
fi
ok "mw-file reads $f and refuses /etc/shadow on $h"
# a command outside the rules is refused, without a password prompt
if err=$(ssh_key "$h" sudo -n /usr/bin/cat /etc/shadow 2>&1); then
    fail "sudo -n cat /etc/shadow was allowed on $h"
fi
expect_match "$err" "a password is required|not allowed" "sudo refusal message"
ok "sudo -n refused /usr/bin/cat /etc/shadow on $h: $(head -n 1 <<<"$err")"
