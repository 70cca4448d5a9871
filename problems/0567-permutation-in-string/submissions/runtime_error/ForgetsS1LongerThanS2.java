/*
 * Runtime error: counts the first window of s2 in the same loop as s1, before checking that s1 fits in
 * s2 at all. Right whenever m <= n; when s1 is longer than s2, s2.charAt(n) throws
 * StringIndexOutOfBoundsException ("s1-longer-than-s2-by-one").
 */
class Solution {
    public boolean checkInclusion(String s1, String s2) {
        int m = s1.length();
        int[] need = new int[26];
        int[] window = new int[26];
        for (int i = 0; i < m; i++) {
            need[s1.charAt(i) - 'a']++;
            window[s2.charAt(i) - 'a']++;
        }
        if (java.util.Arrays.equals(need, window)) {
            return true;
        }
        for (int i = m; i < s2.length(); i++) {
            window[s2.charAt(i) - 'a']++;
            window[s2.charAt(i - m) - 'a']--;
            if (java.util.Arrays.equals(need, window)) {
                return true;
            }
        }
        return false;
    }
}
