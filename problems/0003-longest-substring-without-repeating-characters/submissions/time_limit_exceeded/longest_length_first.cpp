// Time limit exceeded: tries lengths from n down to 1 and returns the first for which some window of that
// length has no repeat, checking each window with a new unordered_set<char>. Correct, but when the answer is
// small it checks nearly all n^2 / 2 windows: 1.25 * 10^9 sets for 50000 copies of one letter.
class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        int n = s.size();
        for (int len = n; len > 0; len--) {
            for (int i = 0; i + len <= n; i++) {
                unordered_set<char> seen;
                bool distinct = true;
                for (int k = i; k < i + len && distinct; k++) distinct = seen.insert(s[k]).second;
                if (distinct) return len;
            }
        }
        return 0;
    }
};
