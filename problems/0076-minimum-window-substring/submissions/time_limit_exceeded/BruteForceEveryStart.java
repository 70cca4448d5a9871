/*
 * Time limit exceeded: correct brute force, O(m^2). For every start i it grows a window to the right,
 * counting letters incrementally, until the window covers t, and stops early once the window is no
 * shorter than the best one found. When windows never close (no window at all, or one that spans the
 * whole of s) every start scans to the end of s: about m^2 / 2 = 5 * 10^9 steps for m = 100000
 * ("max-no-window-missing-letter", "max-whole-s-two-z", "max-answer-at-end", ...; slowest on
 * "max-no-window-t-needs-one-more-a", where the branch on each letter is unpredictable).
 */
class Solution {
    public String minWindow(String s, String t) {
        int m = s.length();
        int[] need = new int[128];
        for (char c : t.toCharArray()) {
            need[c]++;
        }
        int bestStart = 0, bestLen = Integer.MAX_VALUE;
        int[] have = new int[128];
        for (int i = 0; i < m; i++) {
            java.util.Arrays.fill(have, 0);
            int covered = 0;
            for (int j = i; j < m && j - i + 1 < bestLen; j++) {
                char c = s.charAt(j);
                if (have[c]++ < need[c]) {
                    covered++;
                }
                if (covered == t.length()) {
                    bestLen = j - i + 1;
                    bestStart = i;
                    break;
                }
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
