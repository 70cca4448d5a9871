class Solution:
    def firstBadVersion(self, n: int) -> int:
        # Right answer, but two calls per step: about 2 log2 n calls, past the limit.
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
