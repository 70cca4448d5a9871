// Accepted: two int[26] counters, one for s1 and one for the current window of s2 (length m), compared after
// every step. O(26 n).
class Solution {
public:
    bool checkInclusion(string s1, string s2) {
        int m = s1.size(), n = s2.size();
        if (m > n) return false;
        vector<int> need(26, 0), window(26, 0);
        for (char c : s1) need[c - 'a']++;
        for (int i = 0; i < n; i++) {
            window[s2[i] - 'a']++;
            if (i >= m) window[s2[i - m] - 'a']--;
            if (window == need) return true;
        }
        return false;
    }
};
