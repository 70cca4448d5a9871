/*
 * Wrong answer: solves the longest common SUBSTRING (contiguous), resetting the run to 0 on a mismatch
 * instead of carrying the best of the neighbours: example 1 ("abcde", "ace") answers 1 instead of 3.
 */
class Solution {
    public int longestCommonSubsequence(String text1, String text2) {
        int m = text1.length(), n = text2.length();
        int[][] run = new int[m + 1][n + 1];
        int best = 0;
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                if (text1.charAt(i - 1) == text2.charAt(j - 1)) {
                    run[i][j] = run[i - 1][j - 1] + 1;
                    best = Math.max(best, run[i][j]);
                }
            }
        }
        return best;
    }
}
