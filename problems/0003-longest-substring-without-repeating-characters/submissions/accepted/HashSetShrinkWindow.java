import java.util.HashSet;
import java.util.Set;

/*
 * Accepted: the textbook sliding window with a HashSet<Character>. When s[right] is already in the
 * window, the left end steps forward one character at a time, removing each from the set, until the
 * old copy is gone. Each index enters and leaves the set once: O(n), with boxing, well inside the limits.
 */
class Solution {
    public int lengthOfLongestSubstring(String s) {
        Set<Character> window = new HashSet<>();
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            while (window.contains(c)) {
                window.remove(s.charAt(left));
                left++;
            }
            window.add(c);
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
