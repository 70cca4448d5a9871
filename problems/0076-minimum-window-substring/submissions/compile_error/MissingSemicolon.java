/*
 * Compile error: a correct solution with one typo, a missing semicolon after `missing--`.
 */
class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128];
        for (char c : t.toCharArray()) {
            need[c]++;
        }
        int missing = t.length();
        int start = 0, len = Integer.MAX_VALUE;
        for (int left = 0, right = 0; right < s.length(); right++) {
            if (need[s.charAt(right)]-- > 0) {
                missing--
            }
            while (missing == 0) {
                if (right - left + 1 < len) {
                    len = right - left + 1;
                    start = left;
                }
                if (++need[s.charAt(left++)] > 0) {
                    missing++;
                }
            }
        }
        return len == Integer.MAX_VALUE ? "" : s.substring(start, start + len);
    }
}
