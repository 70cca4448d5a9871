/*
 * Accepted: the window that shrinks while it is invalid, recomputing the most frequent letter's count
 * over the 26 counters whenever it needs it. Easier to trust than the reference's never-decreasing
 * maximum, and still O(26 * n).
 */
class Solution {
    public int characterReplacement(String s, int k) {
        int[] count = new int[26];
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            count[s.charAt(right) - 'A']++;
            while (right - left + 1 - maxOf(count) > k) {
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
