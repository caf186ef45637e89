#!/usr/bin/env bash
# screenshot.sh PROGRAM OUT.png [ARGS...]: starts PROGRAM on a fresh Xvfb (xcb,
# like a user's X session), lets it save a screenshot of the screen to OUT.png
# and checks that the file is a real, non-blank PNG. Settings go to a scratch
# directory so the user's own window state is not touched.
set -euo pipefail
program=$1 out=$2
shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rm -f "$out"
XDG_CONFIG_HOME=$scratch/config QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
    "$program" --screenshot "$out" "$@"
[ -s "$out" ] || { echo "no screenshot written to $out" >&2; exit 1; }
head -c 8 "$out" | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a' || { echo "$out is not a PNG" >&2; exit 1; }
# A blank screen compresses to a few hundred bytes; a drawn window is far larger.
size=$(stat -c %s "$out")
[ "$size" -gt 20000 ] || { echo "$out is only $size bytes: blank screen?" >&2; exit 1; }
echo "screenshot: $out ($size bytes)"
