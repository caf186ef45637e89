#!/usr/bin/env bash
# check-genlog.sh [--live]: genlog is deterministic, seeds differ, line counts
# are exact, queue ids pair up; with --live, its line format is the one the
# running lab's daemons write.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/check-lib.sh"
need_tool python3
gen() { python3 "$LAB_DIR/genlog" "$@"; }
declare -A head_re=(
    [postfix]='^[A-Z][a-z]{2} [ 0-9][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2} postfix postfix/[a-z-]+\[[0-9]+\]: '
    [sendmail]='^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\+00:00 sendmail (sm-mta|sendmail)\[[0-9]+\]: '
    [qmail]='^@[0-9a-f]{24} '
)
for m in postfix sendmail qmail; do
    a=$(gen --mta "$m" --lines 20000 --seed 7 | sha256sum)
    b=$(gen --mta "$m" --lines 20000 --seed 7 | sha256sum)
    c=$(gen --mta "$m" --lines 20000 --seed 8 | sha256sum)
    [ "$a" = "$b" ] || fail "$m: the same seed gave different logs"
    [ "$a" != "$c" ] || fail "$m: two seeds gave the same log"
    n=$(gen --mta "$m" --lines 12345 --seed 3 | wc -l)
    [ "$n" = 12345 ] || fail "$m: asked for 12345 lines, got $n"
    bad=$(gen --mta "$m" --lines 20000 --seed 9 | grep -Evc "${head_re[$m]}" || true)
    [ "$bad" = 0 ] || fail "$m: $bad lines do not look like the lab's log"
    ok "genlog $m: deterministic, seeds differ, exact count, every line in the lab's format"
done
# postfix: every queue id that qmgr removes was announced by qmgr first
gen --mta postfix --lines 50000 --seed 11 | awk '
    / postfix\/qmgr\[[0-9]+\]: [0-9A-F]+: from=/ { q = $6; sub(":", "", q); seen[q] = 1 }
    / postfix\/qmgr\[[0-9]+\]: [0-9A-F]+: removed$/ { q = $6; sub(":", "", q); if (!(q in seen)) { print "unpaired " q; bad++ } n++ }
    END { if (bad || n < 1000) exit 1 }' || fail "postfix queue ids do not pair"
ok "genlog postfix: queue ids pair up"
gen --mta qmail --lines 50000 --seed 11 | awk '
    / new msg / { seen[$4] = 1 } / end msg / { if (!($4 in seen)) bad++; n++ }
    END { if (bad > 50 || n < 1000) exit 1 }' || fail "qmail msg ids do not pair"
ok "genlog qmail: message ids pair up"
if [ "${1:-}" = --live ]; then
    for h in postfix sendmail qmail; do
        need_host "$h"
        root=$(host_root_dir "$h")
        case "$h" in qmail) f=$root/var/log/qmail/current ;; *) f=$root/var/log/mail.log ;; esac
        live=$(grep -E "${head_re[$h]}" "$f" | grep -Ec "${head_re[$h]}" || true)
        total=$(grep -Ec "${head_re[$h]}|" "$f" || true)
        [ "$total" -gt 0 ] || fail "$h: empty log $f"
        [ "$live" = "$total" ] || {
            grep -Ev "${head_re[$h]}" "$f" | head -n 5 >&2
            fail "$h: $((total - live)) of $total lines of the live log differ from genlog's format"
        }
        ok "$h: all $total lines of the live $f have genlog's line format"
    done
fi
