/*
 * Runtime error: a sliding window with int[26] counters indexed by c - 'a', written as if the input were
 * lower case only. Any upper-case letter gives a negative index ('A' - 'a' = -32), so it throws
 * ArrayIndexOutOfBoundsException, already on "ADOBECODEBANC".
 */
class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[26];
        for (char c : t.toCharArray()) {
            need[c - 'a']++;
        }
        int missing = t.length();
        int start = 0, len = Integer.MAX_VALUE;
        for (int left = 0, right = 0; right < s.length(); right++) {
            if (need[s.charAt(right) - 'a']-- > 0) {
                missing--;
            }
            while (missing == 0) {
                if (right - left + 1 < len) {
                    len = right - left + 1;
                    start = left;
                }
                if (++need[s.charAt(left++) - 'a'] > 0) {
                    missing++;
                }
            }
        }
        return len == Integer.MAX_VALUE ? "" : s.substring(start, start + len);
    }
}
