"""The "no judge" floor for fuzzing 76 with a Python solution: one interpreter, one loop that draws a small
random input as FuzzFloor.java does (s and t of length 1..24 over A-Za-z, t taking 90% of its letters from s),
calls the solution and a Python port of the reference (the judge's reference is Java), and compares the
answers' lengths. Prints "N tries/s".

    python3 bench/floor/fuzz_floor.py solution.py SECONDS
"""
import collections
import random
import sys
import time

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def reference(s, t):
    need = collections.Counter(t)
    missing, left, best = len(t), 0, (0, 0)
    for right, ch in enumerate(s, 1):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing == 0:
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if best[1] == 0 or right - left < best[1] - best[0]:
                best = (left, right)
            need[s[left]] += 1
            missing += 1
            left += 1
    return s[best[0]:best[1]]


def word(rng, source):
    return "".join(source[rng.randrange(len(source))] if source and rng.random() < 0.9
                   else LETTERS[rng.randrange(len(LETTERS))] for _ in range(1 + rng.randrange(24)))


def loop(solution, rng, seconds):
    tries, end = 0, time.perf_counter() + seconds
    while time.perf_counter() < end:
        for _ in range(100):
            s = word(rng, None)
            t = word(rng, s)
            if len(solution().minWindow(s, t)) != len(reference(s, t)):
                raise SystemExit(f"solution differs from the reference on s={s!r} t={t!r}")
            tries += 1
    return tries


def main():
    scope = {"__name__": "solution"}
    preamble = "from typing import *\nimport collections, heapq, math, bisect, itertools, functools\nfrom collections import *\n"
    with open(sys.argv[1], encoding="utf-8") as f:
        exec(compile(preamble + f.read(), sys.argv[1], "exec"), scope)
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 5
    rng = random.Random(1)
    loop(scope["Solution"], rng, 1.0)
    print(f"{int(loop(scope['Solution'], rng, seconds) / seconds)} tries/s")


main()
