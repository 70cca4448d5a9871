/*
 * Wrong answer: an off-by-one in the validity test. It shrinks the window while its letters that differ
 * from the most frequent one number >= k, but exactly k of them is allowed: every answer that uses all k
 * changes comes out one short ("ABAB", k = 2 gives 3 instead of 4), and with k = 0 every window is
 * emptied at once, so the answer is 0.
 */
class Solution {
    public int characterReplacement(String s, int k) {
        int[] count = new int[26];
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            count[s.charAt(right) - 'A']++;
            while (left <= right && right - left + 1 - maxOf(count) >= k) {
                count[s.charAt(left) - 'A']--;
                left++;
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }

    private static int maxOf(int[] count) {
        int max = 0;
        for (int c : count) {
            max = Math.max(max, c);
        }
        return max;
    }
}
