/*
 * Time limit exceeded: correct brute force, O(n * answer). From every start it extends the window with
 * 26 counters while the letters that differ from the most frequent one stay within k. With long answers
 * each start runs far: about n^2 / 2 = 5 * 10^9 steps for n = 10^5 ("max-one-letter-k-0",
 * "max-two-letters-k-half", "max-all-letters-k-n", ...).
 */
class Solution {
    public int characterReplacement(String s, int k) {
        int n = s.length();
        int best = 0;
        for (int i = 0; i < n; i++) {
            int[] count = new int[26];
            int most = 0;
            for (int j = i; j < n; j++) {
                most = Math.max(most, ++count[s.charAt(j) - 'A']);
                if (j - i + 1 - most > k) {
                    break;
                }
                best = Math.max(best, j - i + 1);
            }
        }
        return best;
    }
}
