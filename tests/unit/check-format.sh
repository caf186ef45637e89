#!/usr/bin/env bash
# format-check: every C++ file git tracks is as the build root's clang-format
# (with the tree's .clang-format) would write it. Fix: clang-format -i FILE.
set -euo pipefail
cd "$1"
command -v clang-format >/dev/null || { echo "clang-format is not installed" >&2; exit 1; }
mapfile -t files < <(git ls-files '*.cpp' '*.h')
[ "${#files[@]}" -gt 100 ] || { echo "found only ${#files[@]} C++ files: is this the tree?" >&2; exit 1; }
if ! clang-format --dry-run --Werror "${files[@]}"; then
    echo "format-check: run clang-format -i on the files above" >&2
    exit 1
fi
echo "format-check: ${#files[@]} files formatted"
