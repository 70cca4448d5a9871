// Runtime error: keeps the best window as a pointer into a vector that is never filled when no window covers
// t, and reads through it: SIGSEGV (a null pointer dereference).
class Solution {
public:
    string minWindow(string s, string t) {
        vector<int> need(128, 0);
        for (char c : t) need[c]++;
        int missing = t.size();
        pair<int, int> *best = nullptr;
        vector<pair<int, int>> windows;
        windows.reserve(s.size() + 1);
        for (int l = 0, r = 0; r < (int)s.size(); r++) {
            if (need[s[r]]-- > 0) missing--;
            while (missing == 0) {
                if (best == nullptr || r - l + 1 < best->second) {
                    windows.push_back({l, r - l + 1});
                    best = &windows.back();
                }
                if (++need[s[l++]] > 0) missing++;
            }
        }
        volatile int length = best->second;
        return s.substr(best->first, length);
    }
};
