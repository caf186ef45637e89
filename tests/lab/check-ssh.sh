#!/usr/bin/env bash
# check-ssh.sh HOST: log in by ed25519 key and by password, with strict host
# key checking against the lab's known_hosts.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/check-lib.sh"
h=$1
need_host "$h"
need_tool ssh
out=$(ssh_key "$h" 'hostname; hostname -f; id -un') || fail "key login to $h failed"
expect_match "$out" "^$h\$" "hostname over key login"
expect_match "$out" "^$(lab_fqdn "$h")\$" "fqdn over key login"
ok "key login to $h ($LAB_USER@$LAB_ADDR:$(lab_host_port "$h" ssh))"
need_tool sshpass
out=$(ssh_password "$h" 'id -un') || fail "password login to $h failed"
expect_match "$out" "^$LAB_USER\$" "password login"
ok "password login to $h"
# a wrong password is refused
if SSHPASS=wrong-password sshpass -e ssh -o StrictHostKeyChecking=yes -o "UserKnownHostsFile=$(lab_known_hosts)" \
    -o PubkeyAuthentication=no -o PreferredAuthentications=password -o NumberOfPasswordPrompts=1 \
    -o LogLevel=ERROR -p "$(lab_host_port "$h" ssh)" "$LAB_USER@$LAB_ADDR" true 2>/dev/null; then
    fail "a wrong password was accepted by $h"
fi
ok "wrong password refused by $h"
