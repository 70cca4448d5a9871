#!/usr/bin/env bash
# Tries per second of `./judge fuzz 76` on small inputs, next to its floor: a plain in-process loop calling
# the same solution, reference and checker with no judge (bench/floor/FuzzFloor.java). RUNS runs each
# (default 3), alternately; medians. Goals: ratio >= 0.3 and >= 20,000 tries/s.
# A Python solution (.py) is compared with bench/floor/fuzz_floor.py instead, the same loop in the interpreter
# the judge uses (PYTHON, default /usr/bin/python3).
# Usage: bench/fuzz-throughput.sh [SOLUTION.java|SOLUTION.py]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
problem="problems/0076-minimum-window-substring"
solution="${1:-$problem/submissions/accepted/LastShortestWindow.java}"
runs="${RUNS:-3}"
seconds="${SECONDS_PER_RUN:-10}"

./judge --version >/dev/null   # builds the judge if needed
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ "${solution##*.}" != py ]; then
  cp "$solution" "$work/Solution.java"
  sed 's/class Solution/class Reference/' "$problem/reference/Solution.java" > "$work/Reference.java"
  javac -d "$work/out" -cp target/classes "$work/Solution.java" "$work/Reference.java" \
    "$problem/checker/MinWindowChecker.java" bench/floor/FuzzFloor.java
fi

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
judge=(); floor=()
for i in $(seq "$runs"); do
  j=$({ ./judge fuzz 76 "$solution" --tries 100000000 --time "${seconds}s" --seed "$i" --format json || true; } |
      sed -n 's/^  "triesPerSecond" : \([0-9]*\).*/\1/p')
  if [ "${solution##*.}" = py ]; then
    f=$("${PYTHON:-/usr/bin/python3}" bench/floor/fuzz_floor.py "$solution" "$seconds" | sed 's/ tries.*//')
  else
    f=$(java -cp "$work/out:target/classes" FuzzFloor "$seconds" | sed 's/ tries.*//')
  fi
  judge+=("$j"); floor+=("$f")
done
jm=$(median "${judge[@]}"); fm=$(median "${floor[@]}")
echo "solution:           $solution"
echo "judge fuzz (try/s): ${judge[*]}   median $jm"
echo "floor (try/s):      ${floor[*]}   median $fm"
awk -v j="$jm" -v f="$fm" 'BEGIN { printf "ratio judge/floor: %.3f   (goal >= 0.3; and >= 20000 tries/s: %s)\n", j / f, (j >= 20000 ? "yes" : "no") }'
