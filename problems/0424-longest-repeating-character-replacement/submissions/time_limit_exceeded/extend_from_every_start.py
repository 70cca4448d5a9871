class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # Extends a window from every start while it stays valid: O(n^2).
        best = 0
        for start in range(len(s)):
            count = [0] * 26
            top = 0
            for end in range(start, len(s)):
                i = ord(s[end]) - 65
                count[i] += 1
                top = max(top, count[i])
                if end - start + 1 - top > k:
                    break
                best = max(best, end - start + 1)
        return best
