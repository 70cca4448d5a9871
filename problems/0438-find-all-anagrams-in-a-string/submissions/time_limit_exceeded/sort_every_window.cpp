// Time limit exceeded: correct, O(n m log m). Sorts p once, then copies and sorts every window of s of length m
// to compare it: with m = n / 2 = 15000 that is 15001 sorts of 15000 letters ("max-one-letter-p-half",
// "max-half-window-no-anagram", "max-alphabet-cycled-p-half").
class Solution {
public:
    vector<int> findAnagrams(string s, string p) {
        vector<int> result;
        int n = s.size(), m = p.size();
        sort(p.begin(), p.end());
        for (int i = 0; i + m <= n; i++) {
            string window = s.substr(i, m);
            sort(window.begin(), window.end());
            if (window == p) result.push_back(i);
        }
        return result;
    }
};
