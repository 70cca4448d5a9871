/**
 * Reference solution for 1143. Longest Common Subsequence.
 *
 * best[i][j] is the answer for the first i characters of text1 and the first j of text2. If their last
 * characters are equal, some longest common subsequence ends with that character matched to itself:
 * best[i - 1][j - 1] + 1. Otherwise one of the two last characters is not used: max(best[i - 1][j],
 * best[i][j - 1]). Rows are kept two at a time: O(m n) time, O(n) space.
 */
class Solution {
    public int longestCommonSubsequence(String text1, String text2) {
        int m = text1.length(), n = text2.length();
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        for (int i = 1; i <= m; i++) {
            char c = text1.charAt(i - 1);
            for (int j = 1; j <= n; j++) {
                cur[j] = c == text2.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[n];
    }
}
