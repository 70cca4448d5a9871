class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Sorts all the other numbers again for every position, then binary-searches the complement:
        # O(n^2 log n).
        for i, num in enumerate(nums):
            others = sorted(nums[:i] + nums[i + 1:])
            k = bisect_left(others, target - num)
            if k < len(others) and others[k] == target - num:
                for j in range(len(nums)):
                    if j != i and nums[j] == target - num:
                        return [i, j]
        return []
