// Wrong answer: the sliding window with its counters in a signed char instead of an int. A char holds
// -128..127: a run of more than 128 surplus copies of a letter in s wraps its negative count back to a
// positive one (and 200 copies in t wrap to -56), so the window is judged wrong. Right on every small input;
// only the medium and large tests catch the narrow counter.
class Solution {
public:
    string minWindow(string s, string t) {
        signed char need[128] = {};
        for (char c : t) need[c]++;
        int missing = t.size(), best = INT_MAX, from = 0;
        for (int l = 0, r = 0; r < (int)s.size(); r++) {
            if (need[s[r]]-- > 0) missing--;
            while (missing == 0) {
                if (r - l + 1 < best) { best = r - l + 1; from = l; }
                if (++need[s[l++]] > 0) missing++;
            }
        }
        return best == INT_MAX ? "" : s.substr(from, best);
    }
};
