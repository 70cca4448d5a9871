class Solution:
    def minWindow(self, s: str) -> str:
        return s
