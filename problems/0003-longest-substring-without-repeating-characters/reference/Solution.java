/**
 * Reference solution for 3. Longest Substring Without Repeating Characters.
 *
 * Sliding window [left, right] that never holds a character twice. next[c] is one past the index
 * where c was last seen (0 if never), so when s[right] was seen inside the window, the window's left
 * end jumps straight past that copy. The jump only ever goes forward (Math.max): a copy seen before
 * the window began must not pull the left end back ("abba").
 *
 * One pass, O(n) time; 128 counters because every input character is printable ASCII.
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
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
