class Solution:
    def rob(self, nums: List[int]) -> int:
        # Rob or skip each house, recursively and without memory: about 1.6^n calls.
        def best(i):
            if i >= len(nums):
                return 0
            return max(nums[i] + best(i + 2), best(i + 1))

        return best(0)
