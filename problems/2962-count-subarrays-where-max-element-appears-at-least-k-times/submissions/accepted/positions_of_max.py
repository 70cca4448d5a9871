class Solution:
    def countSubarrays(self, nums: List[int], k: int) -> int:
        top = max(nums)
        positions = []
        total = 0
        for i, num in enumerate(nums):
            if num == top:
                positions.append(i)
            if len(positions) >= k:
                total += positions[-k] + 1
        return total
