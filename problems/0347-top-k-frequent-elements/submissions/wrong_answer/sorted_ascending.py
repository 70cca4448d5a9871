class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        count = Counter(nums)
        # Bug: sorted by frequency ascending, so these are the k least frequent.
        return sorted(count, key=count.get)[:k]
