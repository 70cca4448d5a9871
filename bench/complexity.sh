#!/usr/bin/env bash
# Runs `judge complexity 76` on solutions of known complexity (bench/complexity/76/) RUNS times each (default 5)
# and prints, per run, the solution's and the reference's fitted exponent and class, for docs/benchmarks.md.
# The bar (issue 17): each exponent within ±0.3 of the truth, the same class in every run, the reference's ≈ 1.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-5}"
out="${OUT:-$(mktemp -d)}"
declare -A truth=([LinearHashMap]="O(m+n): 1" [CheckEveryLetterOfT]="O(m·n): 2" [EveryStartEveryEnd]="O(m²): 2"
  [BinarySearchTheEnd]="O(m² log m): 2 + 1/ln m, about 2.1")
"$root/judge" --help >/dev/null # build first, outside the timings
printf '%-22s %-4s %-26s %-26s %s\n' solution run yours reference seconds
# Run by run (each solution once per round), so that a cut-short bench still has every solution.
for run in $(seq 1 "$runs"); do
  for name in LinearHashMap CheckEveryLetterOfT EveryStartEveryEnd BinarySearchTheEnd; do
    json="$out/$name-$run.json"
    "$root/judge" complexity 76 "$root/bench/complexity/76/$name.java" --format json >"$json" || true
    python3 - "$json" "$name" "$run" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
def show(s):
    if not s or s.get("exponent") is None:
        return "-"
    return "%.2f±%.2f %s" % (s["exponent"], s["stderr"] or 0, s["class"])
print("%-22s %-4s %-26s %-26s %.0f" % (sys.argv[2], sys.argv[3], show(j.get("solution")), show(j.get("reference")), j.get("seconds", 0)), flush=True)
PY
  done
done
for name in LinearHashMap CheckEveryLetterOfT EveryStartEveryEnd BinarySearchTheEnd; do
  echo "truth of $name: ${truth[$name]}"
done
echo "JSON kept in $out"
