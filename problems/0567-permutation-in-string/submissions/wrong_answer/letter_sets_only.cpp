// Wrong answer: compares which letters a window holds, not how often. Each window of length m is matched
// letter by letter on "present or not" against s1, so the same letters in other counts pass: s1 = "aab",
// s2 = "abbb" answers true ("abb" has the letters a and b) instead of false.
class Solution {
public:
    bool checkInclusion(string s1, string s2) {
        int m = s1.size();
        vector<int> need(26, 0), window(26, 0);
        for (char c : s1) need[c - 'a']++;
        for (int i = 0; i < (int)s2.size(); i++) {
            window[s2[i] - 'a']++;
            if (i >= m) window[s2[i - m] - 'a']--;
            if (i >= m - 1) {
                bool same = true;
                for (int c = 0; c < 26; c++) {
                    if ((need[c] > 0) != (window[c] > 0)) same = false;
                }
                if (same) return true;
            }
        }
        return false;
    }
};
