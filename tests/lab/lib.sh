# tests/lab/lib.sh: shared by tests/lab/lab and the check-*.sh scripts (sourced, not run).
# Everything configurable comes from the environment; every default is here.
# shellcheck shell=bash
# shellcheck disable=SC2034 # the variables are for the scripts that source this

LAB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAB_CACHE=${MAILWARDEN_CACHE:-/var/cache/mailwarden}/lab
LAB_MIRROR=${MAILWARDEN_MIRROR:-http://deb.debian.org/debian}
LAB_SUITE=trixie
LAB_RUN=$LAB_CACHE/run
LAB_KEYS=$LAB_CACHE/keys
LAB_ADDR=${MAILWARDEN_LAB_ADDR:-127.0.0.1}
# the relay host every lab MTA forwards outside mail to: nothing listens there,
# so such mail stays deferred in the queue
LAB_DEAD_PORT=${MAILWARDEN_LAB_DEAD_PORT:-22250}
# sources the lab builds (notqmail): ../shared/lab-src beside the clone
LAB_SRC=${MAILWARDEN_LAB_SRC:-$(cd "$LAB_DIR/../../.." && pwd)/shared/lab-src}
LAB_HOSTS=(postfix sendmail qmail)
LAB_USER=mwadmin
# an admin with full sudo that asks for its password: prepares hosts (hosts prepare)
LAB_SETUP_USER=mwsetup
LAB_DOMAIN=lab.test

# lab_propagation: for `unshare --mount --propagation`: private where / is a
# mount point; inside a chroot (scripts/in-env) it is not and unshare cannot
# change it, but there the caller's own namespace is private already.
lab_propagation() {
    if unshare --mount --propagation private true 2>/dev/null; then echo private; else echo unchanged; fi
}

lab_log() { printf '[lab] %s\n' "$*" >&2; }
lab_die() {
    printf '[lab] error: %s\n' "$*" >&2
    exit 1
}

lab_is_host() {
    local h
    for h in "${LAB_HOSTS[@]}"; do [ "$h" = "$1" ] && return 0; done
    return 1
}

# lab_port HOST ssh|smtp|smtps: the configured port (environment, else default; smtps may be empty)
lab_port() {
    local host=$1 kind=$2 var def
    case "$host:$kind" in
    postfix:ssh) def=22201 ;; sendmail:ssh) def=22202 ;; qmail:ssh) def=22203 ;;
    postfix:smtp) def=22251 ;; sendmail:smtp) def=22252 ;; qmail:smtp) def=22253 ;;
    # implicit TLS (SMTPS, as on port 465): the Postfix host only
    postfix:smtps) def=22261 ;; sendmail:smtps | qmail:smtps) def= ;;
    *) lab_die "no port for $host $kind" ;;
    esac
    var=MAILWARDEN_LAB_${host^^}_${kind^^}_PORT
    printf '%s\n' "${!var:-$def}"
}

lab_mta() {
    case "$1" in
    postfix) echo postfix ;; sendmail) echo sendmail ;; qmail) echo qmail ;;
    esac
}

lab_fqdn() { printf '%s.%s\n' "$1" "$LAB_DOMAIN"; }

# The state of a running host, written by `lab up`: the ports it was started
# with, so that status, reset and the tests agree with the running lab even if
# the environment changed since.
lab_state_file() { printf '%s/%s.env\n' "$LAB_RUN" "$1"; }

# lab_state HOST KEY: a value recorded when the host came up ('' if not up)
lab_state() {
    local f line
    f=$(lab_state_file "$1")
    [ -f "$f" ] || return 0
    while IFS= read -r line; do
        case "$line" in "$2="*) printf '%s\n' "${line#*=}" ;; esac
    done <"$f"
}

# Ports for clients: the recorded ones if the host is up, else the configured ones.
lab_host_port() {
    local p
    p=$(lab_state "$1" "${2}_port")
    [ -n "$p" ] || p=$(lab_port "$1" "$2")
    printf '%s\n' "$p"
}

lab_password_file() { printf '%s/%s.password\n' "$LAB_KEYS" "$LAB_USER"; }
lab_setup_password_file() { printf '%s/%s.password\n' "$LAB_KEYS" "$LAB_SETUP_USER"; }
lab_key_file() { printf '%s/%s_ed25519\n' "$LAB_KEYS" "$LAB_USER"; }
lab_known_hosts() { printf '%s/known_hosts\n' "$LAB_KEYS"; }

# ssh options for tests and people: strict host key checking against the lab's
# own known_hosts (the host keys are stable, kept in the cache).
lab_ssh_opts() {
    printf '%s\n' -o BatchMode=yes -o StrictHostKeyChecking=yes \
        -o "UserKnownHostsFile=$(lab_known_hosts)" -o GlobalKnownHostsFile=/dev/null \
        -o ConnectTimeout=10 -o LogLevel=ERROR
}

# lab_listening ADDR PORT: true if a socket listens there (from /proc/net/tcp,
# without connecting: no noise in the MTA's log, no greet pause)
lab_listening() {
    local a b c d want
    IFS=. read -r a b c d <<<"$1"
    want=$(printf '%02X%02X%02X%02X:%04X' "$d" "$c" "$b" "$a" "$2")
    awk -v w="$want" '$2 == w && $4 == "0A" { found = 1 } END { exit !found }' /proc/net/tcp
}
