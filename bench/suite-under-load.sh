#!/usr/bin/env bash
# The first-hour issue's bar: `mvn test` (the README's test command) on a fresh clone, N times in a row
# (default 10), with CPU burners beside it (BURNERS, default 1: `yes >/dev/null`), every run green.
# Prints each run's result, wall time and the load average at its end; exits 1 if any run failed.
# Usage: bench/suite-under-load.sh [N]       (MVN_FLAGS, default -B -o: offline, from the local Maven repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-10}"
burners_n="${BURNERS:-1}"
work="$(mktemp -d)"
burners=()
trap 'kill "${burners[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
git clone -q "$root" "$work/clone"
echo "fresh clone of $(git -C "$root" rev-parse --short HEAD), $n runs, $burners_n CPU burner(s) beside, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$burners_n"); do yes >/dev/null & burners+=($!); done
failed=0
for i in $(seq "$n"); do
  start=$(date +%s)
  # shellcheck disable=SC2086
  if (cd "$work/clone" && mvn ${MVN_FLAGS:--B -o} test >"$work/run-$i.log" 2>&1); then result=green; else result=FAILED; failed=$((failed + 1)); fi
  tests=$(grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures' "$work/run-$i.log" | tail -1 | sed 's/^\[[A-Z]*\] //')
  echo "run $i: $result in $(( $(date +%s) - start )) s   ($tests)   load $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ "$result" = FAILED ]; then grep -E 'FAIL|ERROR\]' "$work/run-$i.log" | head -20; fi
done
echo "$((n - failed))/$n green"
[ "$failed" -eq 0 ]
