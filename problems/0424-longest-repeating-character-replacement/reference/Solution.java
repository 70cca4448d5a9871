/**
 * Reference solution for 424. Longest Repeating Character Replacement.
 *
 * A window can be made of one letter with at most k changes exactly when its length minus the count of
 * its most frequent letter is at most k. The window [left, right] never shrinks: the right end takes in
 * one letter per step, and when the window becomes invalid the left end moves by one, so the window
 * slides at the length of the best window found so far.
 *
 * best is the highest count of one letter seen in any window so far, and it never goes down. That is
 * enough: the answer only grows when some window holds a letter more often than best, and only then
 * does best + k, the length the window can reach, grow. A stale, too high best merely keeps the window
 * at the length it already proved possible. One pass, O(n) time, 26 counters.
 */
class Solution {
    public int characterReplacement(String s, int k) {
        int[] count = new int[26];
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            best = Math.max(best, ++count[s.charAt(right) - 'A']);
            if (right - left + 1 - best > k) {
                count[s.charAt(left) - 'A']--;
                left++;
            }
        }
        return s.length() - left;
    }
}
