class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Bug: t's letters are taken as a set, so "aa" is covered by a single 'a'.
        need = set(t)
        have = Counter()
        formed = 0
        left = 0
        best = ""
        for right, c in enumerate(s):
            have[c] += 1
            if c in need and have[c] == 1:
                formed += 1
            while formed == len(need):
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                have[s[left]] -= 1
                if s[left] in need and have[s[left]] == 0:
                    formed -= 1
                left += 1
        return best
