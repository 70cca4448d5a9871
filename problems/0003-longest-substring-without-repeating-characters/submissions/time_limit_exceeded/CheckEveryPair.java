/*
 * Time limit exceeded: the brute force over every pair (i, j), checking each substring s[i..j] for a
 * repeat with a fresh int[128]. Correct, but it looks at all n^2 / 2 substrings whatever it finds:
 * about 1.25 * 10^9 checks, each clearing 128 counters, for n = 50000 ("max-one-letter",
 * "max-only-spaces", and every other max test).
 */
class Solution {
    public int lengthOfLongestSubstring(String s) {
        int n = s.length();
        int best = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                if (allDistinct(s, i, j)) {
                    best = Math.max(best, j - i + 1);
                }
            }
        }
        return best;
    }

    private boolean allDistinct(String s, int from, int to) {
        int[] count = new int[128];
        for (int k = from; k <= to; k++) {
            if (++count[s.charAt(k)] > 1) {
                return false;
            }
        }
        return true;
    }
}
