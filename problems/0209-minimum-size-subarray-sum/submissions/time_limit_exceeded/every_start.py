class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        # From every start, adds elements until the sum reaches the target: O(n^2).
        n = len(nums)
        best = 0
        for start in range(n):
            total = 0
            for end in range(start, n):
                total += nums[end]
                if total >= target:
                    if best == 0 or end - start + 1 < best:
                        best = end - start + 1
                    break
        return best
