// Memory limit exceeded: keeps a copy of every window that covers t, O(n^3) characters on the largest tests:
// new fails with std::bad_alloc at the problem's memory limit.
class Solution {
public:
    string minWindow(string s, string t) {
        vector<int> need(128, 0);
        for (char c : t) need[c]++;
        vector<string> windows;
        for (size_t l = 0; l < s.size(); l++) {
            vector<int> have(128, 0);
            int missing = t.size();
            for (size_t r = l; r < s.size(); r++) {
                if (have[s[r]]++ < need[s[r]]) missing--;
                if (missing == 0) windows.push_back(s.substr(l, r - l + 1));
            }
        }
        string best;
        for (const string &w : windows) if (best.empty() || w.size() < best.size()) best = w;
        return best;
    }
};
