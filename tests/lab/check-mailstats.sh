#!/usr/bin/env bash
# check-mailstats.sh: sendmail's mailstats prints figures (STATUS_FILE).
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/check-lib.sh"
need_host sendmail
out=$(ssh_key sendmail sudo -n /usr/sbin/mailstats) || fail "mailstats"
expect_match "$out" "Statistics from" "mailstats header"
# the total line: T msgsfr bytes_from msgsto bytes_to ...; the seeded mail counts
tline=$(grep -E '^ *T +[0-9]' <<<"$out" | tail -n 1)
[ -n "$tline" ] || fail "mailstats has no total line"
read -r _ msgsfr _ <<<"$tline"
[ "$msgsfr" -gt 0 ] || fail "mailstats counts no messages: $tline"
ok "mailstats: $tline"
