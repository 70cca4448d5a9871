"""The "no judge" floor for 76. Minimum Window Substring in Python: calls a solution.py's Solution directly,
in this interpreter, with no sandbox, no child process and no value conversion, and times each call.

    python3 bench/floor/floor.py problems/0076-minimum-window-substring/tests solution.py

Reads TESTS/examples.json and TESTS/hidden/*.json (sorted by file name), each a JSON array of
{"name": ..., "input": {"s": ..., "t": ...}, "expected": ...}, makes a new Solution per test, calls
minWindow(s, t) and checks the answer as Floor.java does (a string of the expected length that occurs in
s and covers t). Prints "N/M passed, total X ms" and exits 0 when every test passed. Standard library only.
"""
import collections
import glob
import json
import os
import sys
import time


def main():
    tests_dir, solution = sys.argv[1], sys.argv[2]
    tests = []
    for path in [os.path.join(tests_dir, "examples.json")] + sorted(glob.glob(os.path.join(tests_dir, "hidden", "*.json"))):
        with open(path, encoding="utf-8") as f:
            tests.extend(json.load(f))
    scope = {"__name__": "solution"}
    preamble = "from typing import *\nimport collections, heapq, math, bisect, itertools, functools\nfrom collections import *\n"
    with open(solution, encoding="utf-8") as f:
        exec(compile(preamble + f.read(), solution, "exec"), scope)
    passed, total = 0, 0
    for test in tests:
        s, t = test["input"]["s"], test["input"]["t"]
        start = time.perf_counter_ns()
        answer = scope["Solution"]().minWindow(s, t)
        total += time.perf_counter_ns() - start
        expected = test["expected"]
        need = collections.Counter(t)
        ok = isinstance(answer, str) and len(answer) == len(expected) and (
            answer == "" or (answer in s and not need - collections.Counter(answer)))
        passed += ok
        if not ok:
            print(f"FAIL {test['name']}")
    print(f"{passed}/{len(tests)} passed, total {total // 1_000_000} ms")
    sys.exit(0 if passed == len(tests) else 1)


main()
