/*
 * Accepted: the textbook sliding window with two int[128] arrays, counting how many DISTINCT letters
 * of t are satisfied ("formed") instead of how many letters are still missing. O(m + n) time.
 * Differs from the reference only in style, so it must pass every test.
 */
class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128];
        int[] have = new int[128];
        int required = 0;
        for (char c : t.toCharArray()) {
            if (need[c]++ == 0) {
                required++;
            }
        }
        int formed = 0;
        int bestL = -1, bestR = -1;
        int l = 0;
        for (int r = 0; r < s.length(); r++) {
            char c = s.charAt(r);
            have[c]++;
            if (need[c] > 0 && have[c] == need[c]) {
                formed++;
            }
            while (formed == required) {
                if (bestL < 0 || r - l < bestR - bestL) {
                    bestL = l;
                    bestR = r;
                }
                char d = s.charAt(l++);
                have[d]--;
                if (need[d] > 0 && have[d] < need[d]) {
                    formed--;
                }
            }
        }
        return bestL < 0 ? "" : s.substring(bestL, bestR + 1);
    }
}
