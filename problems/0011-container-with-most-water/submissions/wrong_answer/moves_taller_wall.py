class Solution:
    def maxArea(self, height: List[int]) -> int:
        lo, hi = 0, len(height) - 1
        best = 0
        while lo < hi:
            best = max(best, (hi - lo) * min(height[lo], height[hi]))
            # Bug: the shorter wall limits the container; moving the taller one can skip the best pair.
            if height[lo] > height[hi]:
                lo += 1
            else:
                hi -= 1
        return best
