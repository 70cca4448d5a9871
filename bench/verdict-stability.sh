#!/usr/bin/env bash
# Do verdicts hold on a busy machine? Submits a correct O(m+n) solution and a correct but O(m*n) one
# N times each (default 20), alternately, while a Maven build of this project runs over and over beside
# them, and counts the verdicts. The bar: Accepted N/N and Time Limit Exceeded N/N.
#
# With --known PROBLEM: every known submission of that package (submissions/<verdict>/*.java) is submitted N
# times, one after another, with two CPU-bound processes (yes >/dev/null) running beside them, and the
# verdicts are counted per file against the folder it sits in. The bar: every file N/N its folder's verdict.
# Usage: bench/verdict-stability.sh [N]
#        bench/verdict-stability.sh --known 76 [N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [ "${1:-}" = "--known" ]; then
  id="$2"
  n="${3:-20}"
  problem="$(ls -d problems/"$(printf '%04d' "$id")"-* | head -1)"
  ./judge --version >/dev/null   # build first, outside the measurement
  burners=()
  for _ in 1 2; do yes >/dev/null & burners+=($!); done
  trap 'kill "${burners[@]}" 2>/dev/null || true' EXIT
  declare -A count
  files=$(ls "$problem"/submissions/*/*.java)
  start=$(date +%s)
  for file in $files; do
    expected=$(basename "$(dirname "$file")" | tr a-z A-Z)
    for i in $(seq "$n"); do
      verdict=$({ ./judge submit "$id" "$file" --format json || true; } | sed -n 's/^  "verdict" : "\([A-Z_]*\)".*/\1/p')
      count[$file/$verdict]=$(( ${count[$file/$verdict]:-0} + 1 ))
    done
    line="$(basename "$file") (expected $expected):"
    for v in ACCEPTED WRONG_ANSWER TIME_LIMIT_EXCEEDED MEMORY_LIMIT_EXCEEDED RUNTIME_ERROR OUTPUT_LIMIT_EXCEEDED COMPILE_ERROR INTERNAL_ERROR ""; do
      c=${count[$file/$v]:-0}
      [ "$c" -gt 0 ] && line="$line ${v:-NO_VERDICT} $c/$n"
    done
    echo "$line"
  done
  echo "$(( $(date +%s) - start )) s in all"
  ok=1
  for file in $files; do
    expected=$(basename "$(dirname "$file")" | tr a-z A-Z)
    [ "${count[$file/$expected]:-0}" -eq "$n" ] || ok=0
  done
  [ $ok -eq 1 ]
  exit
fi

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
