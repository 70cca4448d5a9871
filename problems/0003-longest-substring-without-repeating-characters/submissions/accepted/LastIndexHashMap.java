/*
 * Accepted: the "jump" window with a HashMap<Character, Integer> of last-seen indices, used without
 * imports as on leetcode.com (java.util.* is implicit). The left end jumps past the last copy of the
 * current character, but only forward (Math.max), so an old copy before the window is ignored. O(n).
 */
class Solution {
    public int lengthOfLongestSubstring(String s) {
        Map<Character, Integer> last = new HashMap<>();
        int best = 0;
        for (int left = 0, right = 0; right < s.length(); right++) {
            Integer seen = last.put(s.charAt(right), right);
            if (seen != null) {
                left = Math.max(left, seen + 1);
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
