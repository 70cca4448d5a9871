class Solution:
    def firstBadVersion(self, n: int) -> int:
        # Asks every version in turn: n - 1 calls, 2^31 - 2 at the largest n: too slow, as on LeetCode.
        for v in range(1, n):
            if isBadVersion(v):
                return v
        return n
