/*
 * Time limit exceeded: the recurrence without memory. On a mismatch it tries dropping either character,
 * two calls that overlap heavily: up to 2^(m + n) calls. With no letter in common at full length
 * ("max-no-letter-in-common", "max-disjoint-alphabets") it never finishes.
 */
class Solution {
    private String a, b;

    public int longestCommonSubsequence(String text1, String text2) {
        a = text1;
        b = text2;
        return lcs(0, 0);
    }

    private int lcs(int i, int j) {
        if (i == a.length() || j == b.length()) {
            return 0;
        }
        if (a.charAt(i) == b.charAt(j)) {
            return 1 + lcs(i + 1, j + 1);
        }
        return Math.max(lcs(i + 1, j), lcs(i, j + 1));
    }
}
