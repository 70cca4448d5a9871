class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        """
        Do not return anything, modify nums in-place instead.
        """
        # nums[:] = ... replaces the contents of the caller's list, not the local name.
        nums[:] = [x for x in nums if x != 0] + [0] * nums.count(0)
