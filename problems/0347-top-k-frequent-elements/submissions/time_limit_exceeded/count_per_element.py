class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        # Counts each distinct value with a scan of nums: O(n * distinct).
        frequency = {num: nums.count(num) for num in set(nums)}
        return sorted(frequency, key=frequency.get, reverse=True)[:k]
