#!/usr/bin/env bash
# check-reset.sh: change each host's config through the console's path
# (sudo -n mw-file install), `lab reset`, and the known state is back.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/check-lib.sh"
for h in "${LAB_HOSTS[@]}"; do need_host "$h"; done
ssh_key postfix 'sudo -n /usr/sbin/postconf -e "smtpd_banner = changed by check-reset"'
ssh_key sendmail 'printf "changed.example\n" | sudo -n /usr/local/sbin/mw-file install --sha256 "$(printf "changed.example\n" | sha256sum | cut -c1-64)" /etc/mail/local-host-names'
ssh_key qmail 'printf "changed.example\n" | sudo -n /usr/local/sbin/mw-file install --sha256 "$(printf "changed.example\n" | sha256sum | cut -c1-64)" /var/qmail/control/me'
[ "$(ssh_key postfix /usr/sbin/postconf -h smtpd_banner)" = "changed by check-reset" ] || fail "postconf -e did not change main.cf"
start=$(date +%s%N)
"$LAB_DIR/lab" reset
ms=$((($(date +%s%N) - start) / 1000000))
[ "$(ssh_key postfix /usr/sbin/postconf -h smtpd_banner)" = "\$myhostname ESMTP \$mail_name (Debian)" ] || fail "postfix banner not reset"
ssh_key sendmail 'grep -qx sendmail.lab.test /etc/mail/local-host-names' || fail "sendmail local-host-names not reset"
[ "$(ssh_key qmail cat /var/qmail/control/me)" = qmail.lab.test ] || fail "qmail control/me not reset"
"$(dirname "$0")/check-queue.sh" postfix >/dev/null || fail "postfix queue not re-seeded"
ok "lab reset restored every host in $ms ms"
[ "$ms" -lt "${MAILWARDEN_LAB_RESET_BUDGET_MS:-15000}" ] || fail "reset took $ms ms"
