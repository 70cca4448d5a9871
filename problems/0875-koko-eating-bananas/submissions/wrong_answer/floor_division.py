class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        lo, hi = 1, max(piles)
        while lo < hi:
            mid = (lo + hi) // 2
            # Bug: a pile of p bananas takes ceil(p / mid) hours; p // mid rounds down.
            if sum(p // mid for p in piles) <= h:
                hi = mid
            else:
                lo = mid + 1
        return lo
