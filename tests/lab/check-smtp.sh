#!/usr/bin/env bash
# check-smtp.sh HOST: swaks delivers to a local user (and the mail arrives in
# the mailbox), and relaying to an outside domain from 127.0.0.3 is refused.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/check-lib.sh"
h=$1
need_host "$h"
need_tool swaks
port=$(lab_host_port "$h" smtp)
fqdn=$(lab_fqdn "$h")
marker="lab-check-$$-$RANDOM"
out=$(swaks --server "$LAB_ADDR" --port "$port" --helo client.lab.test --from "tester@client.lab.test" \
    --to "alice@$fqdn" --header "Subject: $marker" --body "body $marker" --timeout 30 2>&1) ||
    { printf '%s\n' "$out" >&2; fail "swaks delivery to alice@$fqdn failed"; }
expect_match "$out" "<- +250 .*(queued|ok|accepted)" "swaks end of data"
ok "swaks: alice@$fqdn accepted on $LAB_ADDR:$port"
root=$(host_root_dir "$h")
found=
for _ in $(seq 100); do
    case "$h" in
    qmail) grep -rlqs -- "$marker" "$root/home/alice/Maildir/new" && found=1 ;;
    *) grep -qs -- "$marker" "$root/var/mail/alice" && found=1 ;;
    esac
    [ -n "$found" ] && break
    sleep 0.2
done
[ -n "$found" ] || fail "the message did not arrive in alice's mailbox on $h"
ok "delivered into alice's mailbox on $h"
# relay for an outside domain from an outside address (127.0.0.3)
out=$(swaks --server "$LAB_ADDR" --port "$port" --local-interface 127.0.0.3 --helo client.lab.test \
    --from "tester@client.lab.test" --to "someone@outside.example" --quit-after RCPT --timeout 30 2>&1 || true)
expect_match "$out" "<\*\* +(454|550|553|554) " "relay refusal"
ok "relay refused on $h: $(grep -E '<\*\* +(454|550|553|554) ' <<<"$out" | head -n 1 | sed 's/^ *<\*\* *//')"
