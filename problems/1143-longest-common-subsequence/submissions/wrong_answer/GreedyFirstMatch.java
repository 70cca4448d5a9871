/*
 * Wrong answer: walks through text1 and matches each character at its first occurrence in text2 after the
 * last match. An early match can block a longer subsequence: "zabc" and "abcz" ("early-match-blocks-longer")
 * answers 1 (z matched at the end of text2) instead of 3 ("abc").
 */
class Solution {
    public int longestCommonSubsequence(String text1, String text2) {
        int k = 0, count = 0;
        for (int i = 0; i < text1.length(); i++) {
            int at = text2.indexOf(text1.charAt(i), k);
            if (at >= 0) {
                count++;
                k = at + 1;
            }
        }
        return count;
    }
}
