/*
 * Accepted, in another style: a window of variable size. need[c] is how many more copies of c the window
 * may take. Each letter of s2 enters on the right; while it is one copy too many, letters leave on the
 * left (a letter s1 lacks empties the window). A window of m letters is then exactly a permutation of
 * s1. O(n + m).
 */
class Solution {
    public boolean checkInclusion(String s1, String s2) {
        int[] need = new int[26];
        for (int i = 0; i < s1.length(); i++) {
            need[s1.charAt(i) - 'a']++;
        }
        for (int left = 0, right = 0; right < s2.length(); right++) {
            int c = s2.charAt(right) - 'a';
            need[c]--;
            while (need[c] < 0) {
                need[s2.charAt(left++) - 'a']++;
            }
            if (right - left + 1 == s1.length()) {
                return true;
            }
        }
        return false;
    }
}
