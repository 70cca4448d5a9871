class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # From every start, grows the window until it covers t, comparing counters each step: O(n^2).
        need = Counter(t)
        best = ""
        for left in range(len(s)):
            have = Counter()
            for right in range(left, len(s)):
                have[s[right]] += 1
                if not need - have:
                    if not best or right - left + 1 < len(best):
                        best = s[left:right + 1]
                    break
        return best
