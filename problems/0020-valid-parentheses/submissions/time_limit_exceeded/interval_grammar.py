class Solution:
    def isValid(self, s: str) -> bool:
        # The grammar "empty, or (A), or AB" as an interval DP over even lengths: O(n^3).
        # ok[h][i]: s[i:i + 2h] is well formed. Slow for n = 10^4 when most intervals are not well formed
        # ("max-deep-nest-round"). The quadratic brute force (str.replace of the three pairs until nothing
        # changes) runs in C and takes well under a second at n = 10^4: it is NOT slow enough here.
        n = len(s)
        if n % 2:
            return False
        match = {("(", ")"), ("[", "]"), ("{", "}")}
        ok = [[True] * (n + 1)]
        for half in range(1, n // 2 + 1):
            length = 2 * half
            row = []
            for i in range(n - length + 1):
                good = (s[i], s[i + length - 1]) in match and ok[half - 1][i + 1]
                a = 1
                while not good and a < half:
                    good = ok[a][i] and ok[half - a][i + 2 * a]
                    a += 1
                row.append(good)
            ok.append(row)
        return ok[n // 2][0]
