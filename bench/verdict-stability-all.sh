#!/usr/bin/env bash
# Do verdicts hold on a busy machine, for every known submission of every package? Grades all of them
# (submissions/<verdict>/*, every language) N times (default 20), each round a new `./judge grade` (so
# every problem's reference is timed again each round), with two CPU-bound processes (yes >/dev/null)
# running beside, and counts the verdicts per file against the folder it sits in.
# The bar (hardening issue): every file N/N its folder's verdict.
# Usage: bench/verdict-stability-all.sh [N] [PROBLEM-FOLDER-GLOB] [VERDICT-FOLDER-GLOB]
#        e.g. 20 'problems/00*' '@(accepted|time_limit_exceeded|memory_limit_exceeded)'
shopt -s extglob
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
n="${1:-20}"
glob="${2:-problems/*}"
folders="${3:-*}"
./judge --version >/dev/null   # build first, outside the measurement

work="$(mktemp -d)"
burners=()
trap 'kill "${burners[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
# One student per known submission: DIR/<problem>-<verdict>-<file>/<id>.<ext>
mkdir -p "$work/class"
for file in $glob/submissions/$folders/*; do
  [ -f "$file" ] || continue
  case "$file" in *.java|*.py|*.cpp) ;; *) continue ;; esac
  pkg="$(basename "$(dirname "$(dirname "$(dirname "$file")")")")"
  verdict="$(basename "$(dirname "$file")")"
  name="$(basename "$file")"
  id="$((10#${pkg%%-*}))"
  student="$pkg~$verdict~${name%.*}~${name##*.}"
  mkdir -p "$work/class/$student"
  cp "$file" "$work/class/$student/$id.${name##*.}"
done
echo "$(ls "$work/class" | wc -l) known submissions, $n rounds, two CPU burners beside, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in 1 2; do yes >/dev/null & burners+=($!); done
start=$(date +%s)
for i in $(seq "$n"); do
  ./judge grade "$work/class" --log "$work/round-$i.jsonl" --format json >/dev/null 2>"$work/round-$i.err" || {
    echo "round $i: grade exited with $?"; tail -5 "$work/round-$i.err"; }
  echo "round $i done after $(( $(date +%s) - start )) s, load $(cut -d' ' -f1-3 /proc/loadavg)"
done
python3 - "$work" "$n" <<'PY'
import json, sys, glob, collections
work, n = sys.argv[1], int(sys.argv[2])
counts = collections.defaultdict(collections.Counter)
for log in glob.glob(f"{work}/round-*.jsonl"):
    for line in open(log, encoding="utf-8"):
        g = json.loads(line)
        counts[g["student"]][g.get("verdict", "NONE")] += 1
bad = 0
for student in sorted(counts):
    pkg, folder, name, ext = student.split("~")
    expected = folder.upper()
    c = counts[student]
    ok = c[expected] == n
    bad += not ok
    shown = ", ".join(f"{v} {k}/{n}" for v, k in sorted(c.items()))
    print(f"{'ok  ' if ok else 'FAIL'} {pkg} {folder}/{name}.{ext}: {shown}")
print(f"{len(counts)} files, {bad} not {n}/{n} their folder's verdict")
sys.exit(1 if bad else 0)
PY
echo "$(( $(date +%s) - start )) s in all"
