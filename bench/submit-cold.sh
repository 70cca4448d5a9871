#!/usr/bin/env bash
# Cold `./judge submit 76` against its floor, in one run, as a ratio of medians.
#
#   judge: ./judge submit 76 SOLUTION, a new judge process each time (the build, the compile cache of the
#          reference and checker, and the launcher's class-data archive exist already, as they do for a
#          user after the first submit)
#   floor: javac Solution.java, then a plain `java` program (bench/floor/Floor.java, compiled once
#          beforehand) that calls the same solution on the same tests in one JVM, with no judge;
#          for a Python solution (.py): the interpreter the judge uses (PYTHON, default /usr/bin/python3)
#          running bench/floor/floor.py, which calls the same solution on the same tests
#
# The two are run alternately, RUNS times each (default 5), so machine noise falls on both alike.
# Usage: bench/submit-cold.sh [SOLUTION.java|SOLUTION.py]     Goal: ratio <= 1.5
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
problem="problems/0076-minimum-window-substring"
solution="${1:-$problem/submissions/accepted/HashMapWindow.java}"
runs="${RUNS:-5}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/floor" "$work/stub"
cp "$solution" "$work/Solution.java"
# Floor.java needs some Solution to compile against; the real one is compiled in each timed run.
printf 'class Solution { public String minWindow(String s, String t) { return ""; } }\n' > "$work/stub/Solution.java"
javac -d "$work/floor" "$work/stub/Solution.java" bench/floor/Floor.java
rm -f "$work/floor/Solution.class"

now() { date +%s%N; }
judge_run() {
  local t0 t1
  t0=$(now)
  ./judge submit 76 "$solution" >"$work/judge.out" 2>&1 || { cat "$work/judge.out"; echo "bench: judge failed" >&2; exit 1; }
  t1=$(now)
  echo $(( (t1 - t0) / 1000000 ))
}
python="${PYTHON:-/usr/bin/python3}"
floor_run() {
  local t0 t1
  t0=$(now)
  if [ "${solution##*.}" = py ]; then
    "$python" bench/floor/floor.py "$problem/tests" "$solution" >"$work/floor.out" 2>&1 || { cat "$work/floor.out"; exit 1; }
    t1=$(now)
    echo $(( (t1 - t0) / 1000000 ))
    return
  fi
  rm -rf "$work/out" && mkdir -p "$work/out"
  javac -d "$work/out" -cp "$work/floor" "$work/Solution.java"
  java -cp "$work/out:$work/floor" Floor "$problem/tests" >"$work/floor.out" 2>&1 || { cat "$work/floor.out"; exit 1; }
  t1=$(now)
  echo $(( (t1 - t0) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "warming up: build, compile cache, class-data archive"
judge_run >/dev/null
judge_run >/dev/null
grep -q '^Accepted' "$work/judge.out" || { cat "$work/judge.out"; exit 1; }

judge_ms=(); floor_ms=()
for i in $(seq "$runs"); do
  judge_ms+=("$(judge_run)")
  floor_ms+=("$(floor_run)")
done
j=$(median "${judge_ms[@]}"); f=$(median "${floor_ms[@]}")
echo "solution:    $solution"
echo "judge (ms):  ${judge_ms[*]}   median $j"
echo "floor (ms):  ${floor_ms[*]}   median $f"
awk -v j="$j" -v f="$f" 'BEGIN { printf "ratio judge/floor: %.2f   (goal <= 1.5)\n", j / f }'
