#!/usr/bin/env bash
# Every user-visible string in the sources has a German translation: run lupdate
# over a copy of the .ts and fail on any string it marks unfinished.
set -euo pipefail
src=$1
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for ts in "$src"/translations/*.ts; do
    cp "$ts" "$scratch/"
    "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h \
        "$src/app" "$src/backends" "$src/widgets" -ts "$scratch/$(basename "$ts")"
    if grep -q 'type="unfinished"' "$scratch/$(basename "$ts")"; then
        echo "$(basename "$ts"): strings without translation (run the update_translations target and translate them):" >&2
        grep -B2 'type="unfinished"' "$scratch/$(basename "$ts")" | grep '<source>' >&2
        exit 1
    fi
done
echo "translations complete"
