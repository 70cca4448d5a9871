class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Keeps every substring of s, then picks the shortest that covers t: O(n^2) strings and O(n^3) work, so
        # on a 1,000-letter s it runs out of time before its 167 MB of substrings reach the memory limit.
        need = Counter(t)
        windows = [s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1)]
        covering = [w for w in windows if not need - Counter(w)]
        return min(covering, key=len, default="")
