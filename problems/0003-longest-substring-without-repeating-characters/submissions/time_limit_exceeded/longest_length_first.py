class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Tries every length from the longest down and every window of that length: O(n^2) windows.
        n = len(s)
        for length in range(n, 0, -1):
            for start in range(n - length + 1):
                if len(set(s[start:start + length])) == length:
                    return length
        return 0
