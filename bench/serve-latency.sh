#!/usr/bin/env bash
# `./judge serve`: from the page's Submit (a POST of the editor's code) to the verdict, against the floor of a
# cold `./judge submit 76`, in one run. Like bench/watch-latency.sh, but through the HTTP API the page uses.
#
#   serve: one `./judge serve --port 0` kept running; each round POSTs /api/submit with an accepted solution
#          (submissions/accepted/HashMapWindow.java plus the round's number in a comment, so the text
#          changes), which saves it to the workspace and judges it, and times until the answer; and the same
#          for /api/run (the examples).
#   floor: ./judge submit 76 on the same solution, a new judge process each time.
#
# Rounds alternate, RUNS times each (default 7); medians. Usage: bench/serve-latency.sh
# Goal: the same as watch's, save to verdict <= 500 ms.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
solution="problems/0076-minimum-window-substring/submissions/accepted/HashMapWindow.java"
runs="${RUNS:-7}"

work="$(mktemp -d)"
export JUDGE_DATA_HOME="$work/data"   # the bench's judgings stay out of your history
serve_pid=""
cleanup() {
  if [ -n "$serve_pid" ]; then kill -TERM "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s%N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
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
# Two rounds to warm the server's JIT, as a few clicks into a practice session would.
api_run submit w1 >/dev/null
api_run submit w2 >/dev/null

cold=(); submit=(); run=()
for i in $(seq "$runs"); do
  cold+=("$(cold_run)")
  run+=("$(api_run run "r$i")")
  submit+=("$(api_run submit "s$i")")
done
echo "cold ./judge submit 76:      median $(median "${cold[@]}") ms   (${cold[*]})"
echo "page Run (examples):         median $(median "${run[@]}") ms   (${run[*]})"
echo "page Submit (every test):    median $(median "${submit[@]}") ms   (${submit[*]})"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
