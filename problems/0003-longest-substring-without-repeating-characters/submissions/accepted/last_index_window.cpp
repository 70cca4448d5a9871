// Accepted: the "jump" window with the last position of each character in a vector<int>(128); the left end
// jumps past the previous copy of s[r], but only forward (max), so a copy before the window is ignored. O(n).
class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        vector<int> last(128, -1);
        int best = 0;
        for (int l = 0, r = 0; r < (int)s.size(); r++) {
            l = max(l, last[s[r]] + 1);
            last[s[r]] = r;
            best = max(best, r - l + 1);
        }
        return best;
    }
};
