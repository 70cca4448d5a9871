/**
 * Reference solution for 76. Minimum Window Substring.
 *
 * Sliding window over s with one array of 128 counters (every input letter is ASCII).
 * need[c] is how many more copies of c the current window still has to take in; it goes
 * negative when the window holds more copies of c than t asks for. missing is the number of
 * letters of t, duplicates included, that the window does not cover yet.
 *
 * The right end walks over s once. Whenever the window covers t (missing == 0), the left end
 * first drops every surplus letter, which gives the shortest covering window ending at right;
 * then it drops one needed letter so that the search for the next window can go on. Each index
 * enters and leaves the window at most once: O(m + n) time, O(1) extra space.
 *
 * Among several shortest windows this returns the leftmost one (a later window only replaces
 * the best one when it is strictly shorter).
 */
class Solution {
    public String minWindow(String s, String t) {
        int m = s.length();
        int n = t.length();
        if (n > m) {
            return "";
        }
        int[] need = new int[128];
        for (int i = 0; i < n; i++) {
            need[t.charAt(i)]++;
        }
        int missing = n;
        int bestStart = 0;
        int bestLen = Integer.MAX_VALUE;
        int left = 0;
        for (int right = 0; right < m; right++) {
            // Take s[right] in; it covers one missing letter if t still wanted a copy of it.
            if (need[s.charAt(right)]-- > 0) {
                missing--;
            }
            if (missing == 0) {
                // Drop surplus letters on the left: the window still covers t without them.
                while (need[s.charAt(left)] < 0) {
                    need[s.charAt(left)]++;
                    left++;
                }
                if (right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                // s[left] is needed now; give it up so the window has to grow again.
                need[s.charAt(left)]++;
                left++;
                missing++;
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
