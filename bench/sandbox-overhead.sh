#!/usr/bin/env bash
# What the OS sandbox costs per submission: the same `./judge submit 76` (a new judge process each time,
# two children: the solution's and the reference's) with the OS layers off, with bubblewrap only, and
# with every layer this machine has (bubblewrap and cgroups), run in turn RUNS times each (default 7),
# so that machine noise falls on all alike. Prints the medians, the milliseconds each adds per
# submission and the ratio to the unsandboxed run.
# Usage: bench/sandbox-overhead.sh [SOLUTION.java]     Goal: <= 50 ms median added with bubblewrap
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
problem="problems/0076-minimum-window-substring"
solution="${1:-$problem/submissions/accepted/HashMapWindow.java}"
runs="${RUNS:-7}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT

now() { date +%s%N; }
judge_run() {   # judge_run SETTING: prints the milliseconds one submit took
  local t0 t1
  t0=$(now)
  JUDGE_SANDBOX="$1" ./judge submit 76 "$solution" >"$out" 2>&1 || { cat "$out"; echo "bench: judge failed" >&2; exit 1; }
  t1=$(now)
  grep -q '^Accepted' "$out" || { cat "$out"; exit 1; }
  echo $(( (t1 - t0) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "warming up: build, compile cache, class-data archive"
judge_run none >/dev/null
judge_run auto >/dev/null
./judge doctor | grep -E '^  (active|off) +(bubblewrap|cgroup) ' | cut -c1-100

none_ms=(); bwrap_ms=(); all_ms=()
for i in $(seq "$runs"); do
  none_ms+=("$(judge_run none)")
  bwrap_ms+=("$(judge_run bwrap)")
  all_ms+=("$(judge_run auto)")
done
n=$(median "${none_ms[@]}"); b=$(median "${bwrap_ms[@]}"); a=$(median "${all_ms[@]}")
# Differences within a round, whose median is steadier than a difference of medians on a noisy machine.
db=(); da=()
for i in $(seq 0 $((runs - 1))); do
  db+=($(( bwrap_ms[i] - none_ms[i] ))); da+=($(( all_ms[i] - none_ms[i] )))
done
pb=$(median "${db[@]}"); pa=$(median "${da[@]}")
echo "solution:                 $solution"
echo "no OS layer (ms):         ${none_ms[*]}   median $n"
echo "bubblewrap (ms):          ${bwrap_ms[*]}   median $b"
echo "bubblewrap + cgroup (ms): ${all_ms[*]}   median $a"
awk -v n="$n" -v b="$b" -v a="$a" -v pb="$pb" -v pa="$pa" 'BEGIN {
  printf "added by bubblewrap:          %+d ms per submission (median of paired differences %+d; ratio %.3f)   goal <= 50 ms\n", b - n, pb, b / n
  printf "added by bubblewrap + cgroup: %+d ms per submission (median of paired differences %+d; ratio %.3f)\n", a - n, pa, a / n
}'
