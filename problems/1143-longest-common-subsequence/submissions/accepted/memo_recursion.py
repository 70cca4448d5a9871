class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # Top-down: the LCS of the suffixes from i and j, each pair computed once (a million at most). The
        # most common accepted Python on LeetCode; several times slower than filling the table bottom-up.
        @cache
        def lcs(i: int, j: int) -> int:
            if i == len(text1) or j == len(text2):
                return 0
            if text1[i] == text2[j]:
                return 1 + lcs(i + 1, j + 1)
            return max(lcs(i + 1, j), lcs(i, j + 1))

        return lcs(0, 0)
