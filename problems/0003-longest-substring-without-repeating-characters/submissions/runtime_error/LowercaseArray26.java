/*
 * Runtime error: written for lower-case letters only, with last-seen positions in an int[26] indexed
 * by c - 'a'. The examples pass, but a space, a digit, a symbol or an upper-case letter gives an index
 * outside 0..25 (' ' - 'a' = -65): ArrayIndexOutOfBoundsException on the first such hidden test.
 */
class Solution {
    public int lengthOfLongestSubstring(String s) {
        int[] next = new int[26];
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            int c = s.charAt(right) - 'a';
            left = Math.max(left, next[c]);
            next[c] = right + 1;
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
