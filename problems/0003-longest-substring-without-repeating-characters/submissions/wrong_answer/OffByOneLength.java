/*
 * Wrong answer: an off-by-one in the window's length. The window is [left, right] but its length is
 * taken as right - left, so every answer is one too small ("bbbbb" gives 0, "abcabcbb" gives 2).
 */
class Solution {
    public int lengthOfLongestSubstring(String s) {
        int[] next = new int[128];
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            left = Math.max(left, next[c]);
            next[c] = right + 1;
            best = Math.max(best, right - left);
        }
        return best;
    }
}
