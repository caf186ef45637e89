# Shared by the check-*.sh tests (sourced). Each check prints what it does and
# exits 0 (pass), 1 (fail) or 77 (skipped: a client tool is missing).
# shellcheck shell=bash
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

fail() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}
ok() { printf 'ok: %s\n' "$*"; }
need_tool() {
    command -v "$1" >/dev/null || {
        printf 'SKIP: %s is not installed\n' "$1"
        exit 77
    }
}
need_host() {
    lab_is_host "$1" || fail "unknown host '$1'"
    [ -n "$(lab_state "$1" root)" ] || fail "host $1 is not up (lab up)"
}

# host_root HOST: the host's root directory as seen from here
host_root_dir() { lab_state "$1" root; }

ssh_key() {
    local h=$1 opts
    shift
    mapfile -t opts < <(lab_ssh_opts)
    ssh "${opts[@]}" -i "$(lab_key_file)" -o IdentitiesOnly=yes -p "$(lab_host_port "$h" ssh)" \
        "$LAB_USER@$LAB_ADDR" "$@"
}

ssh_password() {
    local h=$1
    shift
    SSHPASS=$(cat "$(lab_password_file)") sshpass -e ssh \
        -o StrictHostKeyChecking=yes -o "UserKnownHostsFile=$(lab_known_hosts)" \
        -o GlobalKnownHostsFile=/dev/null -o ConnectTimeout=10 -o LogLevel=ERROR \
        -o PubkeyAuthentication=no -o PreferredAuthentications=password -o NumberOfPasswordPrompts=1 \
        -p "$(lab_host_port "$h" ssh)" "$LAB_USER@$LAB_ADDR" "$@"
}

# expect_match TEXT REGEX WHAT
expect_match() {
    grep -Eq -- "$2" <<<"$1" || {
        printf '%s\n' "$1" | tail -n 20 >&2
        fail "$3: no match for /$2/"
    }
}
