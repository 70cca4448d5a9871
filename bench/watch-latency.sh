#!/usr/bin/env bash
# `./judge watch 76`: from a save to the verdict, against the floor of a cold `./judge submit 76`, in one run.
#
#   watch: one `./judge watch 76 Solution.java` kept running; each round saves an accepted solution
#          (submissions/accepted/HashMapWindow.java with the round's number in a comment, so every save
#          changes the text) and times until the watcher prints the submit's verdict line ("-- Accepted
#          (submit), ...") and, on the way, the examples' ("Examples passed").
#   floor: ./judge submit 76 on the same solution, a new judge process each time (build, compile cache
#          and class-data archive already in place, as for a user after the first submit).
#
# Rounds alternate a cold submit and a save, RUNS times each (default 7), so machine noise falls on both
# alike; medians. Usage: bench/watch-latency.sh      Goal: save to verdict <= 500 ms
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
solution="problems/0076-minimum-window-substring/submissions/accepted/HashMapWindow.java"
runs="${RUNS:-7}"

work="$(mktemp -d)"
export JUDGE_DATA_HOME="$work/data"   # the bench's judgings stay out of your history
watch_pid=""
cleanup() {
  if [ -n "$watch_pid" ]; then kill -TERM "$watch_pid" 2>/dev/null || true; wait "$watch_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s%N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
count() { grep -c "$1" "$work/watch.out" 2>/dev/null || true; }
# Waits until the watcher's output holds more than $2 lines matching $1; fails after 120 s.
await() {
  local deadline=$(( $(now) + 120000000000 ))
  while [ "$(count "$1")" -le "$2" ]; do
    [ "$(now)" -lt "$deadline" ] || { cat "$work/watch.out"; echo "bench: no '$1' from watch" >&2; exit 1; }
    sleep 0.005
  done
}
save() { { cat "$solution"; printf '// round %s\n' "$1"; } > "$work/Solution.tmp" && mv -f "$work/Solution.tmp" "$work/Solution.java"; }

cold_run() {
  local t0 t1
  t0=$(now)
  ./judge submit 76 "$solution" >"$work/judge.out" 2>&1 || { cat "$work/judge.out"; echo "bench: judge failed" >&2; exit 1; }
  t1=$(now)
  echo $(( (t1 - t0) / 1000000 ))
}

echo "warming up: build, compile cache, class-data archive"
cold_run >/dev/null
cold_run >/dev/null
grep -q '^Accepted' "$work/judge.out" || { cat "$work/judge.out"; exit 1; }

save 0
./judge watch 76 "$work/Solution.java" >"$work/watch.out" 2>&1 &
watch_pid=$!
await '^-- ' 0
# Two saves to warm the watcher's JIT, as a few saves into a practice session would.
for r in w1 w2; do before=$(count '^-- '); save "$r"; await '^-- ' "$before"; done
grep -q '^-- Accepted (submit)' "$work/watch.out" || { cat "$work/watch.out"; exit 1; }

cold=(); verdict=(); examples=()
for i in $(seq 1 "$runs"); do
  cold+=("$(cold_run)")
  before=$(count '^-- '); before_ex=$(count '^Examples passed')
  t0=$(now)
  save "$i"
  await '^Examples passed' "$before_ex"; t1=$(now)
  await '^-- ' "$before"; t2=$(now)
  grep '^-- ' "$work/watch.out" | tail -1 | grep -q '^-- Accepted (submit)' || { cat "$work/watch.out"; exit 1; }
  examples+=($(( (t1 - t0) / 1000000 ))); verdict+=($(( (t2 - t0) / 1000000 )))
  echo "round $i: cold submit ${cold[-1]} ms, save to examples ${examples[-1]} ms, save to verdict ${verdict[-1]} ms"
done

c=$(median "${cold[@]}"); v=$(median "${verdict[@]}"); e=$(median "${examples[@]}")
echo
echo "cold submit (floor):     $c ms   (median of $runs)"
echo "save to examples:        $e ms"
echo "save to submit verdict:  $v ms   ratio to the floor: $(awk -v a="$v" -v b="$c" 'BEGIN {printf "%.2f", a / b}')"
echo "goal: save to verdict <= 500 ms: $(awk -v a="$v" 'BEGIN {print (a <= 500) ? "met" : "not met"}') ($(awk -v a="$v" 'BEGIN {printf "%.2f", a / 500}') of 500 ms)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
