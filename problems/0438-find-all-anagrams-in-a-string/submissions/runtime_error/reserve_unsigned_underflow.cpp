// Runtime error: reserves room for every window start with s.size() - p.size() + 1, unsigned arithmetic. When p
// is longer than s by two or more (s = "z", p = "zyx"), that wraps to about 1.8 * 10^19 and reserve throws
// std::length_error ("vector::reserve"), uncaught. The window itself is right.
class Solution {
public:
    vector<int> findAnagrams(string s, string p) {
        vector<int> result;
        result.reserve(s.size() - p.size() + 1);
        int n = s.size(), m = p.size();
        vector<int> need(26, 0), window(26, 0);
        for (char c : p) need[c - 'a']++;
        for (int i = 0; i < n; i++) {
            window[s[i] - 'a']++;
            if (i >= m) window[s[i - m] - 'a']--;
            if (i >= m - 1 && window == need) result.push_back(i - m + 1);
        }
        return result;
    }
};
