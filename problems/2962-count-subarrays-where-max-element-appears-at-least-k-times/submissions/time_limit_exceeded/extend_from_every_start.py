class Solution:
    def countSubarrays(self, nums: List[int], k: int) -> int:
        # From every start, extends until the maximum has appeared k times: O(n^2).
        top = max(nums)
        n = len(nums)
        total = 0
        for start in range(n):
            seen = 0
            for end in range(start, n):
                if nums[end] == top:
                    seen += 1
                    if seen == k:
                        total += n - end
                        break
        return total
