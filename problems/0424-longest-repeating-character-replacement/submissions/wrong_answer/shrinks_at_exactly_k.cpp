// Wrong answer: an off-by-one in the validity test. It shrinks while the letters that differ from the most
// frequent one number >= k, but exactly k of them is allowed: every answer that uses all k changes comes out one
// short ("ABAB", k = 2 gives 3 instead of 4), and with k = 0 every window is emptied at once, so the answer is 0.
class Solution {
public:
    int characterReplacement(string s, int k) {
        vector<int> count(26, 0);
        int left = 0, best = 0;
        for (int right = 0; right < (int)s.size(); right++) {
            count[s[right] - 'A']++;
            while (left <= right && right - left + 1 - *max_element(count.begin(), count.end()) >= k) {
                count[s[left] - 'A']--;
                left++;
            }
            best = max(best, right - left + 1);
        }
        return best;
    }
};
