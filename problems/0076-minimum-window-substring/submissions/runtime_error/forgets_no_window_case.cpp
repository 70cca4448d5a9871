// Runtime error: when no window covers t, `from` is still -1 and substr throws std::out_of_range
// ("basic_string::substr"), uncaught: LeetCode shows "terminate called after throwing an instance of ...".
class Solution {
public:
    string minWindow(string s, string t) {
        vector<int> need(128, 0);
        for (char c : t) need[c]++;
        int missing = t.size(), best = INT_MAX, from = -1;
        for (int l = 0, r = 0; r < (int)s.size(); r++) {
            if (need[s[r]]-- > 0) missing--;
            while (missing == 0) {
                if (r - l + 1 < best) { best = r - l + 1; from = l; }
                if (++need[s[l++]] > 0) missing++;
            }
        }
        return s.substr(from, best);
    }
};
