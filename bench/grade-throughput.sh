#!/usr/bin/env bash
# Grading speed: 100 submissions of 76 (bench/grade-corpus.sh: accepted, wrong, slow, crashing, not compiling)
# graded by one `judge grade --jobs 2`, against its floor, the same 100 judged by 100 sequential
# `./judge submit` processes, in one run. Prints both times, the speed-up (goal: at least 2x) and submissions
# per second, and checks that every submission got the same verdict both ways.
# Usage: bench/grade-throughput.sh [N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
n="${1:-100}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bench/grade-corpus.sh "$work/class" "$n"

./judge --version >/dev/null   # build first, outside the measurement
./judge submit 76 problems/0076-minimum-window-substring/submissions/accepted/HashMapWindow.java >/dev/null || true

verdict() { sed -n 's/^  "verdict" : "\([A-Z_]*\)".*/\1/p' | head -1; }

start=$(date +%s.%N)
for d in "$work"/class/*/; do
  student=$(basename "$d")
  v=$({ ./judge submit 76 "$d/76.java" --format json 2>/dev/null || true; } | verdict)
  echo "$student $v" >> "$work/sequential.txt"
done
sequential=$(echo "$(date +%s.%N) - $start" | bc)

start=$(date +%s.%N)
./judge grade "$work/class" --jobs 2 --log "$work/log.jsonl" --json "$work/grade.json" --format json \
  >/dev/null 2>"$work/grade.err" || { cat "$work/grade.err"; exit 1; }
graded=$(echo "$(date +%s.%N) - $start" | bc)

python3 - "$work/grade.json" > "$work/graded.txt" <<'PY'
import json, sys
for s in json.load(open(sys.argv[1]))["submissions"]:
    print(s["student"], s["verdict"])
PY
mismatches=$(diff <(sort "$work/sequential.txt") <(sort "$work/graded.txt") | grep -c '^[<>]' || true)
echo "verdicts:"; sort -k2 "$work/graded.txt" | awk '{print $2}' | uniq -c
printf 'sequential submit: %6.1f s for %d submissions (%.2f submissions/s)  [floor]\n' "$sequential" "$n" \
  "$(echo "$n / $sequential" | bc -l)"
printf 'grade --jobs 2:    %6.1f s for %d submissions (%.2f submissions/s)\n' "$graded" "$n" \
  "$(echo "$n / $graded" | bc -l)"
printf 'speed-up: %.2fx (goal: at least 2x)\n' "$(echo "$sequential / $graded" | bc -l)"
echo "verdicts differing between submit and grade: $mismatches"
[ "$mismatches" -eq 0 ] || diff <(sort "$work/sequential.txt") <(sort "$work/graded.txt") || true
