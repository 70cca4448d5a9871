class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        prev = [0] * (len(text2) + 1)
        for c in text1:
            cur = [0]
            for j, d in enumerate(text2):
                cur.append(prev[j] + 1 if c == d else max(prev[j + 1], cur[j]))
            prev = cur
        return prev[-1]
