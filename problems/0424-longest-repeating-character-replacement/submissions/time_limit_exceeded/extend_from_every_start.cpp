// Time limit exceeded: correct brute force, O(26 n * answer). From every start it extends the window with 26
// counters, checking the most frequent one with max_element, while the other letters stay within k. With long
// answers each start runs far: 26 * n^2 / 2 steps for n = 10^5 ("max-one-letter-k-0", "max-all-letters-k-n").
class Solution {
public:
    int characterReplacement(string s, int k) {
        int n = s.size(), best = 0;
        for (int i = 0; i < n; i++) {
            vector<int> count(26, 0);
            for (int j = i; j < n; j++) {
                count[s[j] - 'A']++;
                if (j - i + 1 - *max_element(count.begin(), count.end()) > k) break;
                best = max(best, j - i + 1);
            }
        }
        return best;
    }
};
