class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # O(n * k): the maximum of every window, each found afresh.
        return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
