#!/usr/bin/env bash
# Do verdicts hold on a busy machine? Submits a correct O(m+n) solution and a correct but O(m*n) one
# N times each (default 20), alternately, while a Maven build of this project runs over and over beside
# them, and counts the verdicts. The bar: Accepted N/N and Time Limit Exceeded N/N.
# Usage: bench/verdict-stability.sh [N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
n="${1:-20}"
problem="problems/0076-minimum-window-substring"
fast="$problem/submissions/accepted/HashMapWindow.java"
slow="$problem/submissions/time_limit_exceeded/RecountTEveryStep.java"

./judge --version >/dev/null   # build first, outside the measurement
./judge submit 76 "$fast" >/dev/null || true   # compile cache and class-data archive

# The load: another build of the whole project, in a copy, again and again, until we are done.
copy="$(mktemp -d)"
cp -r pom.xml src "$copy/"
( while true; do (cd "$copy" && mvn -q -o -B -DskipTests clean package >/dev/null 2>&1) || true; done ) &
load=$!
trap 'kill $load 2>/dev/null || true; pkill -P $load 2>/dev/null || true; rm -rf "$copy"' EXIT
sleep 3

declare -A count
for i in $(seq "$n"); do
  for which in fast slow; do
    file=$fast; [ "$which" = slow ] && file=$slow
    # (exit code 1 is a verdict too: not an error here)
    verdict=$({ ./judge submit 76 "$file" --format json || true; } | sed -n 's/^  "verdict" : "\([A-Z_]*\)".*/\1/p')
    count[$which/$verdict]=$(( ${count[$which/$verdict]:-0} + 1 ))
    printf '%s %2d %-6s %s\n' "$(date +%T)" "$i" "$which" "$verdict"
  done
done
echo
for key in "${!count[@]}"; do echo "$key: ${count[$key]} / $n"; done | sort
[ "${count[fast/ACCEPTED]:-0}" -eq "$n" ] && [ "${count[slow/TIME_LIMIT_EXCEEDED]:-0}" -eq "$n" ]
