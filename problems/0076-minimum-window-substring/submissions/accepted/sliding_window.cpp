// Accepted: the sliding window with one counter per character, in LeetCode's C++ shape (no includes).
class Solution {
public:
    string minWindow(string s, string t) {
        vector<int> need(128, 0);
        for (char c : t) need[c]++;
        int missing = t.size(), best = INT_MAX, from = 0;
        for (int l = 0, r = 0; r < (int)s.size(); r++) {
            if (need[s[r]]-- > 0) missing--;
            while (missing == 0) {
                if (r - l + 1 < best) { best = r - l + 1; from = l; }
                if (++need[s[l++]] > 0) missing++;
            }
        }
        return best == INT_MAX ? "" : s.substr(from, best);
    }
};
