class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Keeps every substring of s, then picks the shortest that covers t: O(n^2) strings, O(n^3) memory.
        need = Counter(t)
        windows = [s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1)]
        covering = [w for w in windows if not need - Counter(w)]
        return min(covering, key=len, default="")
