class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # Bug: the most frequent letter's copies need not be next to each other.
        return min(len(s), max(Counter(s).values()) + k)
