class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        # Sorts every window of s2: O(n * m log m).
        target = sorted(s1)
        m = len(s1)
        return any(sorted(s2[i:i + m]) == target for i in range(len(s2) - m + 1))
