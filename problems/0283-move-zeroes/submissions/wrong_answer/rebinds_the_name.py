class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        # Bug: this binds the local name to a new list; the caller's list is untouched.
        nums = [x for x in nums if x != 0] + [0] * nums.count(0)
