/**
 * O(m² log m): for every start of s, a binary search for the shortest covering end (covering is monotone in the
 * end), each probe counting the letters of the whole candidate window: log m probes of O(m) letters per start.
 */
class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128];
        for (int i = 0; i < t.length(); i++) {
            need[t.charAt(i)]++;
        }
        int m = s.length();
        int bestStart = 0;
        int bestLen = Integer.MAX_VALUE;
        int[] window = new int[128];
        for (int start = 0; start < m; start++) {
            int lo = start;
            int hi = m; // the answer lies in [lo, hi]; hi = m: no end covers
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (covers(s, start, mid, need, window, t.length())) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            if (hi < m && hi - start + 1 < bestLen) {
                bestLen = hi - start + 1;
                bestStart = start;
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }

    /** Whether s[start..end] holds every letter of t as often: counts the window afresh, O(end - start). */
    private static boolean covers(String s, int start, int end, int[] need, int[] window, int letters) {
        int missing = letters;
        for (int i = start; i <= end; i++) {
            char c = s.charAt(i);
            if (window[c]++ < need[c]) {
                missing--;
            }
        }
        for (int i = start; i <= end; i++) {
            window[s.charAt(i)]--;
        }
        return missing == 0;
    }
}
