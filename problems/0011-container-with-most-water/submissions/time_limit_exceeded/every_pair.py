class Solution:
    def maxArea(self, height: List[int]) -> int:
        # Every pair of walls: O(n^2), 5 * 10^9 pairs for n = 10^5.
        best = 0
        n = len(height)
        for i in range(n):
            hi = height[i]
            for j in range(i + 1, n):
                area = (j - i) * min(hi, height[j])
                if area > best:
                    best = area
        return best
