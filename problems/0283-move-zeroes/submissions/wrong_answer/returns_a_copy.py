class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        # Bug: the moved copy is returned, but the judge reads nums, which is unchanged.
        return sorted(nums, key=lambda x: x == 0)
