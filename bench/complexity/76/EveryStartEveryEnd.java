/**
 * O(m²): every start of s, and from it every end, counting the window's letters as it grows; the window covers t
 * when the counter of letters still missing reaches 0. Stops at the first covering end of each start, which on
 * inputs where no window covers t (most random ones of equal lengths) never comes: m²/2 steps.
 */
class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128];
        for (int i = 0; i < t.length(); i++) {
            need[t.charAt(i)]++;
        }
        int bestStart = 0;
        int bestLen = Integer.MAX_VALUE;
        int[] window = new int[128];
        for (int start = 0; start < s.length(); start++) {
            int missing = t.length();
            int end = start;
            for (; end < s.length() && end - start + 1 < bestLen; end++) {
                char c = s.charAt(end);
                if (window[c]++ < need[c]) {
                    missing--;
                }
                if (missing == 0) {
                    bestLen = end - start + 1;
                    bestStart = start;
                    end++;
                    break;
                }
            }
            // Uncount what this start counted (cheaper than clearing all 128 counters at small sizes).
            for (int i = start; i < end; i++) {
                window[s.charAt(i)]--;
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
