/*
 * Accepted: two int[26] counters, one for s1 and one for the current window of s2, compared in full with
 * Arrays.equals after every step (java.util.Arrays is implicit on leetcode.com). O(26 * n).
 */
class Solution {
    public boolean checkInclusion(String s1, String s2) {
        int m = s1.length();
        if (m > s2.length()) {
            return false;
        }
        int[] need = new int[26];
        int[] window = new int[26];
        for (int i = 0; i < m; i++) {
            need[s1.charAt(i) - 'a']++;
            window[s2.charAt(i) - 'a']++;
        }
        for (int i = m; i < s2.length(); i++) {
            if (Arrays.equals(need, window)) {
                return true;
            }
            window[s2.charAt(i) - 'a']++;
            window[s2.charAt(i - m) - 'a']--;
        }
        return Arrays.equals(need, window);
    }
}
