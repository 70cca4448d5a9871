// Wrong answer: an off-by-one in the loop bound. It looks at the windows starting at i < n - m instead of
// i <= n - m, so the last window of s is never checked: an anagram at the very end is missed
// ("anagram-at-end-only"), and p equal to s gives [] instead of [0].
class Solution {
public:
    vector<int> findAnagrams(string s, string p) {
        vector<int> result;
        int n = s.size(), m = p.size();
        vector<int> need(26, 0), window(26, 0);
        for (char c : p) need[c - 'a']++;
        for (int i = 0; i < n - m; i++) {
            if (i == 0) {
                for (int j = 0; j < m; j++) window[s[j] - 'a']++;
            } else {
                window[s[i - 1] - 'a']--;
                window[s[i + m - 1] - 'a']++;
            }
            if (window == need) result.push_back(i);
        }
        return result;
    }
};
