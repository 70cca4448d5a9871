/*
 * Time limit exceeded: correct but O(m^2). It tries window lengths n, n + 1, ..., m in turn, and for
 * each length slides a fixed-size window over s (with incremental counts), returning the first window
 * that covers t. When the answer is long or there is none, it makes up to m passes over s: about
 * m^2 / 2 = 5 * 10^9 steps for m = 100000 ("max-no-window-missing-letter", "max-whole-s-two-z").
 */
class Solution {
    public String minWindow(String s, String t) {
        int m = s.length(), n = t.length();
        int[] need = new int[128];
        for (char c : t.toCharArray()) {
            need[c]++;
        }
        for (int len = n; len <= m; len++) {
            int[] have = new int[128];
            int covered = 0;
            for (int j = 0; j < m; j++) {
                char c = s.charAt(j);
                if (have[c]++ < need[c]) {
                    covered++;
                }
                if (j >= len) {
                    char d = s.charAt(j - len);
                    if (--have[d] < need[d]) {
                        covered--;
                    }
                }
                if (j >= len - 1 && covered == n) {
                    return s.substring(j - len + 1, j + 1);
                }
            }
        }
        return "";
    }
}
