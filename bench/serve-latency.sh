#!/usr/bin/env bash
# `./judge serve`: from the page's Submit (a POST of the editor's code: the server saves it to the workspace
# file and judges it) to the verdict, beside `./judge watch 76`'s save to verdict and the floor of a cold
# `./judge submit 76`, all in one run so that the machine's load falls on the three alike.
#
#   page:  one `./judge serve --port 0` kept running; each round POSTs /api/submit with an accepted solution
#          (submissions/accepted/HashMapWindow.java plus the round's number in a comment, so the text
#          changes), as the Submit button does, and times until the answer; and the same for /api/run (Run:
#          the examples).
#   watch: one `./judge watch 76 Solution.java` kept running; each round saves the same solution and times
#          until the watcher prints the submit's verdict line (bench/watch-latency.sh's method).
#   floor: ./judge submit 76 on the same solution, a new judge process each time.
#
# Rounds alternate the four, RUNS times each (default 7); medians. Usage: bench/serve-latency.sh
# Goal: watch's, save to verdict <= 500 ms; and the page no slower than watch.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
solution="problems/0076-minimum-window-substring/submissions/accepted/HashMapWindow.java"
runs="${RUNS:-7}"

work="$(mktemp -d)"
export JUDGE_DATA_HOME="$work/data"   # the bench's judgings stay out of your history
serve_pid=""
watch_pid=""
cleanup() {
  for pid in $serve_pid $watch_pid; do kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
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
watch_round() { # round -> milliseconds from the save to the submit's verdict line
  local before t0 t1
  before=$(count '^-- ')
  t0=$(now)
  save "$1"
  await '^-- ' "$before"
  t1=$(now)
  grep '^-- ' "$work/watch.out" | tail -1 | grep -q '^-- Accepted (submit)' || { cat "$work/watch.out"; exit 1; }
  echo $(( (t1 - t0) / 1000000 ))
}
body() { python3 -c 'import json,sys; print(json.dumps({"problem": "76", "code": open(sys.argv[1]).read() + "// round " + sys.argv[2] + "\n"}))' "$solution" "$1"; }

cold_run() {
  local t0 t1
  t0=$(now)
  ./judge submit 76 "$solution" >"$work/judge.out" 2>&1 || { cat "$work/judge.out"; echo "bench: judge failed" >&2; exit 1; }
  t1=$(now)
  echo $(( (t1 - t0) / 1000000 ))
}

api_run() { # mode round -> milliseconds
  local t0 t1
  body "$2" > "$work/body.json"
  t0=$(now)
  curl -sf -H "X-Judge-Token: $token" -H 'Content-Type: application/json' --data-binary @"$work/body.json" \
      "$base/api/$1" > "$work/answer.json" || { cat "$work/answer.json"; echo "bench: the API failed" >&2; exit 1; }
  t1=$(now)
  grep -q '"verdict" : "ACCEPTED"' "$work/answer.json" || { cat "$work/answer.json"; exit 1; }
  echo $(( (t1 - t0) / 1000000 ))
}

echo "warming up: build, compile cache, class-data archive"
cold_run >/dev/null
cold_run >/dev/null

./judge serve --port 0 --workspace "$work/ws" >"$work/serve.out" 2>&1 &
serve_pid=$!
for _ in $(seq 600); do grep -q 'token=' "$work/serve.out" && break; sleep 0.1; done
url="$(grep -o 'http://[^ ]*' "$work/serve.out")"
base="${url%%/?token=*}"
token="${url##*token=}"
save 0
./judge watch 76 "$work/Solution.java" >"$work/watch.out" 2>&1 &
watch_pid=$!
await '^-- ' 0
# Two rounds each to warm the server's and the watcher's JIT, as a few clicks or saves into a session would.
for w in w1 w2; do api_run submit "$w" >/dev/null; watch_round "$w" >/dev/null; done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cold=(); submit=(); run=(); watched=()
for i in $(seq "$runs"); do
  cold+=("$(cold_run)")
  run+=("$(api_run run "r$i")")
  submit+=("$(api_run submit "s$i")")
  watched+=("$(watch_round "$i")")
  echo "round $i: cold ${cold[-1]} ms, page Run ${run[-1]} ms, page Submit ${submit[-1]} ms, watch ${watched[-1]} ms"
done
c=$(median "${cold[@]}"); s=$(median "${submit[@]}"); w=$(median "${watched[@]}")
echo
echo "cold ./judge submit 76:            median $c ms   (${cold[*]})"
echo "page Run (examples):               median $(median "${run[@]}") ms   (${run[*]})"
echo "page Submit, save to verdict:      median $s ms   (${submit[*]})"
echo "watch, save to verdict:            median $w ms   (${watched[*]})"
echo "page Submit / watch: $(awk -v a="$s" -v b="$w" 'BEGIN {printf "%.2f", a / b}');" \
     "page Submit / cold: $(awk -v a="$s" -v b="$c" 'BEGIN {printf "%.2f", a / b}')"
echo "goal: save to verdict <= 500 ms: $(awk -v a="$s" 'BEGIN {print (a <= 500) ? "met" : "not met"}')"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
