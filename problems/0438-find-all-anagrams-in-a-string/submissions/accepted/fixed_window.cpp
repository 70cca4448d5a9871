// Accepted: the fixed-size window with two vector<int>(26) counters, compared with == after every step.
// O(26 n).
class Solution {
public:
    vector<int> findAnagrams(string s, string p) {
        vector<int> result;
        int n = s.size(), m = p.size();
        if (m > n) return result;
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
