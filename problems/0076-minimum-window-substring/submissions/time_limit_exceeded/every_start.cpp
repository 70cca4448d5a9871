// Time limit exceeded: from every start, grows the window until it covers t, comparing all 128 counters at
// each step: O(128 n^2) on the largest tests.
class Solution {
public:
    string minWindow(string s, string t) {
        vector<int> need(128, 0);
        for (char c : t) need[c]++;
        string best;
        bool found = false;
        for (size_t l = 0; l < s.size(); l++) {
            vector<int> have(128, 0);
            for (size_t r = l; r < s.size(); r++) {
                have[s[r]]++;
                bool covers = true;
                for (int c = 0; c < 128; c++) {
                    if (have[c] < need[c]) { covers = false; break; }
                }
                if (covers) {
                    if (!found || r - l + 1 < best.size()) { best = s.substr(l, r - l + 1); found = true; }
                    break;
                }
            }
        }
        return best;
    }
};
