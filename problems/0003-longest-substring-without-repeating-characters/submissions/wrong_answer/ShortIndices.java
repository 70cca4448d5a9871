/*
 * Wrong answer: the reference's algorithm with the last-seen positions in a short[] "to save memory".
 * A short holds at most 32767, so from index 32767 on the stored position wraps to a negative number,
 * Math.max ignores it and the left end stops following repeats: the window swallows duplicates. Right on
 * every string shorter than 32768 characters; only the long hidden tests (n = 50000) catch it.
 */
class Solution {
    public int lengthOfLongestSubstring(String s) {
        short[] next = new short[128];
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            left = Math.max(left, next[c]);
            next[c] = (short) (right + 1);
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
