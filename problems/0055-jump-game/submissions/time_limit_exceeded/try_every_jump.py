class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Every jump from every index, nothing remembered: exponential when the end is unreachable.
        def from_index(i):
            if i >= len(nums) - 1:
                return True
            return any(from_index(i + step) for step in range(nums[i], 0, -1))

        return from_index(0)
