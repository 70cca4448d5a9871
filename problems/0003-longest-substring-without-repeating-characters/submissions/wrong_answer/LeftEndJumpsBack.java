/*
 * Wrong answer: the "jump" window without Math.max. On a repeat it sets left = last[c] + 1 even when
 * that copy of c lies before the window's left end, so the left end moves BACK and the window takes in
 * a character twice. For "abba" the second 'a' pulls left back to 1 and it answers 3 ("bba") instead of 2.
 */
class Solution {
    public int lengthOfLongestSubstring(String s) {
        int[] last = new int[128];
        java.util.Arrays.fill(last, -1);
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            if (last[c] >= 0) {
                left = last[c] + 1;
            }
            last[c] = right;
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
