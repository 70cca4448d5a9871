class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        count = defaultdict(int)
        left = max_count = best = 0
        for right, c in enumerate(s):
            count[c] += 1
            max_count = max(max_count, count[c])
            while right - left + 1 - max_count > k:
                count[s[left]] -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
