// Runtime error: counts the letters of every window s2.substr(i, m), for i from 0 to s2.size() - s1.size(), an
// unsigned difference. When s1 is longer than s2 ("s1-longer-than-s2-by-one") it wraps to about 1.8 * 10^19,
// the loop runs past the end of s2, and substr(n + 1, m) throws std::out_of_range, uncaught. Right whenever s1
// fits in s2, as the Java twin ForgetsS1LongerThanS2 is.
class Solution {
public:
    bool checkInclusion(string s1, string s2) {
        vector<int> need(26, 0);
        for (char c : s1) need[c - 'a']++;
        for (size_t i = 0; i <= s2.size() - s1.size(); i++) {
            string window = s2.substr(i, s1.size());
            vector<int> have(26, 0);
            for (char c : window) have[c - 'a']++;
            if (have == need) return true;
        }
        return false;
    }
};
