// Wrong answer: the "jump" window without max(): on a repeat the left end goes to the previous copy + 1 even
// when that copy lies before the window, so the left end moves BACK and the window takes in a character
// twice: "abba" answers 3 ("bba") instead of 2.
class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        vector<int> last(128, -1);
        int best = 0;
        for (int l = 0, r = 0; r < (int)s.size(); r++) {
            if (last[s[r]] >= 0) l = last[s[r]] + 1;
            last[s[r]] = r;
            best = max(best, r - l + 1);
        }
        return best;
    }
};
