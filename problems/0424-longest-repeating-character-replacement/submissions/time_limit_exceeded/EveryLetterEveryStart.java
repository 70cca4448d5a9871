/*
 * Time limit exceeded: correct, O(26 * n * answer). For each of the 26 target letters and each start it
 * extends the window while at most k letters differ from the target. With long answers that is 26 times
 * n^2 / 2 steps for n = 10^5 ("max-one-letter-k-0", "max-two-letters-k-half", ...).
 */
class Solution {
    public int characterReplacement(String s, int k) {
        int best = 0;
        for (char target = 'A'; target <= 'Z'; target++) {
            for (int i = 0; i < s.length(); i++) {
                int changes = 0;
                int j = i;
                while (j < s.length()) {
                    if (s.charAt(j) != target) {
                        if (changes == k) {
                            break;
                        }
                        changes++;
                    }
                    j++;
                }
                best = Math.max(best, j - i);
            }
        }
        return best;
    }
}
