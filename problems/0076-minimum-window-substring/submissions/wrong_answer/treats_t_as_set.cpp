// Wrong answer: covers each distinct letter of t once, ignoring how many times t repeats it ("aa" needs two).
class Solution {
public:
    string minWindow(string s, string t) {
        set<char> need(t.begin(), t.end());
        map<char, int> have;
        int formed = 0, best = INT_MAX, from = 0;
        for (int l = 0, r = 0; r < (int)s.size(); r++) {
            if (need.count(s[r]) && have[s[r]]++ == 0) formed++;
            while (formed == (int)need.size()) {
                if (r - l + 1 < best) { best = r - l + 1; from = l; }
                char d = s[l++];
                if (need.count(d) && --have[d] == 0) formed--;
            }
        }
        return best == INT_MAX ? "" : s.substr(from, best);
    }
};
