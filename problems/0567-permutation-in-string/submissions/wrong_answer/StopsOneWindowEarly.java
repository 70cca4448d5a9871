/*
 * Wrong answer: an off-by-one in the loop bound. It looks at the windows starting at i < n - m instead of
 * i <= n - m, so the last window of s2 is never checked: a permutation at the very end is missed, and
 * s1 = "a", s2 = "a" answers false.
 */
class Solution {
    public boolean checkInclusion(String s1, String s2) {
        int m = s1.length(), n = s2.length();
        int[] need = new int[26];
        for (int i = 0; i < m; i++) {
            need[s1.charAt(i) - 'a']++;
        }
        int[] window = new int[26];
        for (int i = 0; i < n - m; i++) {
            if (i == 0) {
                for (int k = 0; k < m; k++) {
                    window[s2.charAt(k) - 'a']++;
                }
            } else {
                window[s2.charAt(i - 1) - 'a']--;
                window[s2.charAt(i + m - 1) - 'a']++;
            }
            if (java.util.Arrays.equals(need, window)) {
                return true;
            }
        }
        return false;
    }
}
