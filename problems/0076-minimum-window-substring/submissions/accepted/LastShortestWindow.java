/*
 * Accepted: a correct O(m + n) sliding window that keeps the LAST shortest window instead of the first
 * (it replaces the best window on `<=`). The problem accepts any shortest window, so the checker must
 * accept this even where the stored answer is a different window of the same length
 * (e.g. "ties-two-shortest-windows": expected "ab" at 0, this returns the "ab" at 8).
 */
class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128];
        for (int i = 0; i < t.length(); i++) {
            need[t.charAt(i)]++;
        }
        int missing = t.length();
        int bestStart = -1, bestLen = Integer.MAX_VALUE;
        for (int left = 0, right = 0; right < s.length(); right++) {
            if (need[s.charAt(right)]-- > 0) {
                missing--;
            }
            while (missing == 0) {
                if (right - left + 1 <= bestLen) { // <= : a later tie wins
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                if (++need[s.charAt(left++)] > 0) {
                    missing++;
                }
            }
        }
        return bestStart < 0 ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
