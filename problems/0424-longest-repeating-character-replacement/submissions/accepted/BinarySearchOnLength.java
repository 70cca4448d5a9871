/*
 * Accepted: binary search on the answer. If some window of length L can be made of one letter, so can a
 * window of every shorter length (drop letters from it), so the feasible lengths are [1, answer].
 * feasible(L) slides a window of exactly L letters with 26 counters: O(26 * n log n).
 */
class Solution {
    public int characterReplacement(String s, int k) {
        int lo = 1, hi = s.length();
        while (lo < hi) {
            int mid = lo + (hi - lo + 1) / 2;
            if (feasible(s, k, mid)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static boolean feasible(String s, int k, int len) {
        int[] count = new int[26];
        for (int i = 0; i < s.length(); i++) {
            count[s.charAt(i) - 'A']++;
            if (i >= len) {
                count[s.charAt(i - len) - 'A']--;
            }
            if (i >= len - 1) {
                int max = 0;
                for (int c : count) {
                    max = Math.max(max, c);
                }
                if (len - max <= k) {
                    return true;
                }
            }
        }
        return false;
    }
}
