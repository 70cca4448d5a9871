/*
 * Wrong answer: counts the letters the two strings have in common (the smaller count of each letter),
 * ignoring their order: "abc" and "cba" ("same-letters-other-order") answers 3 instead of 1.
 */
class Solution {
    public int longestCommonSubsequence(String text1, String text2) {
        int[] a = new int[26], b = new int[26];
        for (char c : text1.toCharArray()) {
            a[c - 'a']++;
        }
        for (char c : text2.toCharArray()) {
            b[c - 'a']++;
        }
        int count = 0;
        for (int i = 0; i < 26; i++) {
            count += Math.min(a[i], b[i]);
        }
        return count;
    }
}
