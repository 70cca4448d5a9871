/**
 * O(m·n): the sliding window, but whether the window covers t is checked by walking over all of t after every
 * step of the right end (counting t's letters against the window's counts), rather than kept in a counter.
 */
class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128];
        for (int i = 0; i < t.length(); i++) {
            need[t.charAt(i)]++;
        }
        int[] window = new int[128];
        int bestStart = 0;
        int bestLen = Integer.MAX_VALUE;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            window[s.charAt(right)]++;
            while (left <= right && covers(window, need, t)) {
                if (right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                window[s.charAt(left++)]--;
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }

    /** Walks all of t, counting the letters the window has enough of: O(n). */
    private static boolean covers(int[] window, int[] need, String t) {
        int enough = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (window[c] >= need[c]) {
                enough++;
            }
        }
        return enough == t.length();
    }
}
