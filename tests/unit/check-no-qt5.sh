#!/usr/bin/env bash
# The programs must link Qt 6 only: a Qt 5 library pulled in by a wrong QCA or
# KSyntaxHighlighting build would crash at start-up or mix two Qt versions.
# Also: no RPATH/RUNPATH (an empty entry means the working directory, where a
# planted library would load), and the CLI stays free of Qt GUI (start-up time).
set -euo pipefail
status=0
for program in "$@"; do
    libs=$(ldd "$program")
    if grep -q 'libQt5' <<<"$libs"; then
        echo "$program links Qt 5:" >&2
        grep 'libQt5' <<<"$libs" >&2
        status=1
    fi
    grep -q 'libQt6Core' <<<"$libs" || { echo "$program does not link Qt 6" >&2; status=1; }
    if readelf -d "$program" | grep -E '\((RPATH|RUNPATH)\)' >&2; then
        echo "$program carries a library search path" >&2
        status=1
    fi
    if [[ $(basename "$program") == mailwarden-cli ]] && grep -q 'libQt6Gui' <<<"$libs"; then
        echo "$program links Qt GUI" >&2
        status=1
    fi
    if grep -q 'not found' <<<"$libs"; then
        grep 'not found' <<<"$libs" >&2
        status=1
    fi
done
[ $status = 0 ] && echo "Qt 6 only: $*"
exit $status
