#!/usr/bin/env bash
# Writes a class of 100 submissions of problem 76 into DIR, laid out as grade reads them (DIR/sNNN/76.java):
# the package's known submissions (accepted, wrong, slow, crashing, not compiling, over memory) dealt out in
# turn, each with its student's name in a trailing comment so that no two files are the same.
# Usage: bench/grade-corpus.sh DIR [N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$1"; n="${2:-100}"
mapfile -t known < <(cd "$root" && ls problems/0076-minimum-window-substring/submissions/*/*.java | sort)
mkdir -p "$dir"
for i in $(seq "$n"); do
  student=$(printf 's%03d' "$i")
  file="${known[$(( (i - 1) % ${#known[@]} ))]}"
  mkdir -p "$dir/$student"
  { cat "$root/$file"; printf '\n// %s, after %s\n' "$student" "${file#problems/0076-minimum-window-substring/submissions/}"; } \
    > "$dir/$student/76.java"
done
