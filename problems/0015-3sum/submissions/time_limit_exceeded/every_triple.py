class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        # Every triple of positions: O(n^3), 4.5 * 10^9 triples for n = 3000.
        found = set()
        for a, b, c in combinations(nums, 3):
            if a + b + c == 0:
                found.add(tuple(sorted((a, b, c))))
        return [list(t) for t in found]
