class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        # Counts every window afresh: O(n * m).
        need = Counter(p)
        m = len(p)
        return [i for i in range(len(s) - m + 1) if Counter(s[i:i + m]) == need]
