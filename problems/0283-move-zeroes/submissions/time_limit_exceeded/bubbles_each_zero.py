class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        # Right, but each round moves one value one step to the front and scans again from the start:
        # with 5000 zeros in front of 5000 values that is 2.5 * 10^7 rounds of up to 10^4 steps each.
        moved = True
        while moved:
            moved = False
            for i in range(len(nums) - 1):
                if nums[i] == 0 and nums[i + 1] != 0:
                    nums[i], nums[i + 1] = nums[i + 1], 0
                    moved = True
                    break
