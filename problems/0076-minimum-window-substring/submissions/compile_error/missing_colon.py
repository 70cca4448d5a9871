class Solution:
    def minWindow(self, s: str, t: str) -> str
        need = Counter(t)
        return ""
