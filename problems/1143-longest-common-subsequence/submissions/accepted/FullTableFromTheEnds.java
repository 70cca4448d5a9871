/*
 * Accepted: the whole (m + 1) x (n + 1) table, filled from the ends of the strings: t[i][j] is the answer
 * for the suffixes text1[i..] and text2[j..]. O(m n) time and space (10^6 ints, 4 MB at most).
 */
class Solution {
    public int longestCommonSubsequence(String text1, String text2) {
        int m = text1.length(), n = text2.length();
        int[][] t = new int[m + 1][n + 1];
        for (int i = m - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                t[i][j] = text1.charAt(i) == text2.charAt(j) ? 1 + t[i + 1][j + 1] : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }
}
