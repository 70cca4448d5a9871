// Compile error: a missing semicolon on line 9, which g++ reports at line 10, where it finds the next token (the
// judge's #line keeps your numbering).
class Solution {
public:
    string minWindow(string s, string t) {
        vector<int> need(128, 0);
        for (char c : t) need[c]++;
        int missing = t.size();
        return missing == 0 ? s : ""
    }
};
