/*
 * Accepted, in another style: fix the letter that the substring will be made of, 26 times. For a fixed
 * letter the question is the longest window with at most k OTHER letters, a plain two-pointer window.
 * 26 passes of O(n).
 */
class Solution {
    public int characterReplacement(String s, int k) {
        int best = 0;
        for (char target = 'A'; target <= 'Z'; target++) {
            int others = 0;
            for (int left = 0, right = 0; right < s.length(); right++) {
                if (s.charAt(right) != target) {
                    others++;
                }
                while (others > k) {
                    if (s.charAt(left) != target) {
                        others--;
                    }
                    left++;
                }
                best = Math.max(best, right - left + 1);
            }
        }
        return best;
    }
}
