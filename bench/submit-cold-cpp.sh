#!/usr/bin/env bash
# C++ submit against its floors (the C++ issue's bar), in one run, as ratios of medians.
#
#   cold judge:   ./judge submit 76 SOLUTION.cpp, a new judge process, the binary NOT in the compile cache
#                 (the precompiled prelude, the reference, the checker and the launcher's class-data archive
#                 exist already, as they do for a user after the first submit)
#   floor:        g++ -std=c++17 -O2 of the same source with a plain driver (bench/floor/floor76.cpp, which
#                 includes <bits/stdc++.h> as LeetCode's C++ needs no includes), then running it on the tests
#   cached judge: the same submit again, the binary in the compile cache
#   floor run:    the floor's binary alone, run on the tests
#
# Each pair alternates, RUNS times (default 5), so machine noise falls on both alike.
# Usage: bench/submit-cold-cpp.sh [SOLUTION.cpp]      Goals: cold <= 1.5 x floor; cached <= 1.2 x floor run
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
problem="problems/0076-minimum-window-substring"
solution="$(realpath "${1:-$problem/submissions/accepted/sliding_window.cpp}")"
runs="${RUNS:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export JUDGE_CACHE="$work/cache"
tests=("$problem/tests/examples.json" "$problem"/tests/hidden/*.json)

now() { date +%s%N; }
ms_since() { echo $(( ($(now) - $1) / 1000000 )); }
judge_run() {
  local t0; t0=$(now)
  ./judge submit 76 "$solution" >"$work/judge.out" 2>&1 || { cat "$work/judge.out"; echo "bench: judge failed" >&2; exit 1; }
  ms_since "$t0"
}
floor_build_and_run() {
  local t0; t0=$(now)
  g++ -std=c++17 -O2 -DSOLUTION="\"$solution\"" bench/floor/floor76.cpp -o "$work/floor"
  "$work/floor" "${tests[@]}" >"$work/floor.out" || { cat "$work/floor.out"; exit 1; }
  ms_since "$t0"
}
floor_run() {
  local t0; t0=$(now)
  "$work/floor" "${tests[@]}" >"$work/floor.out" || { cat "$work/floor.out"; exit 1; }
  ms_since "$t0"
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "warming up: build, precompiled prelude, reference, checker, class-data archive"
judge_run >/dev/null
judge_run >/dev/null
grep -q '^Accepted' "$work/judge.out" || { cat "$work/judge.out"; exit 1; }

cold=(); floor=(); cached=(); alone=()
for i in $(seq "$runs"); do
  rm -rf "$JUDGE_CACHE/cpp/bin"
  cold+=("$(judge_run)")
  floor+=("$(floor_build_and_run)")
  cached+=("$(judge_run)")
  alone+=("$(floor_run)")
done
c=$(median "${cold[@]}"); f=$(median "${floor[@]}"); k=$(median "${cached[@]}"); a=$(median "${alone[@]}")
echo "solution:           $solution   (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "cold judge (ms):    ${cold[*]}   median $c"
echo "floor (ms):         ${floor[*]}   median $f"
echo "cached judge (ms):  ${cached[*]}   median $k"
echo "floor run (ms):     ${alone[*]}   median $a"
awk -v c="$c" -v f="$f" -v k="$k" -v a="$a" 'BEGIN {
  printf "ratio cold/floor:        %.2f   (goal <= 1.5)\n", c / f
  printf "ratio cached/floor run:  %.2f   (goal <= 1.2)\n", k / a }'
