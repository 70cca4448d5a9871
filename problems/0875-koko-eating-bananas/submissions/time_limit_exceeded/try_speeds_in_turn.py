class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        # Tries every speed from 1 up: O(n * answer), up to 10^9 speeds.
        k = 1
        while sum((p + k - 1) // k for p in piles) > h:
            k += 1
        return k
