class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # O(n^2): every pair in turn.
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] + nums[j] == target:
                    return [i, j]
        return []
