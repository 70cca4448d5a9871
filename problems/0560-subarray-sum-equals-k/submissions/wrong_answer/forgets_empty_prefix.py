class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        # Bug: the empty prefix (sum 0) is missing, so subarrays starting at index 0 are not counted.
        seen = Counter()
        prefix = count = 0
        for x in nums:
            prefix += x
            count += seen[prefix - k]
            seen[prefix] += 1
        return count
