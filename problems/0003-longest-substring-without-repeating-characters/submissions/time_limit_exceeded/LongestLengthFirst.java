import java.util.HashSet;
import java.util.Set;

/*
 * Time limit exceeded: tries lengths from n down to 1 and returns the first length for which some
 * window of that length has no repeat, checking each window with a new HashSet. Correct, but when the
 * answer is small it checks nearly every one of the n^2 / 2 windows: for n = 50000 and one letter
 * repeated ("max-one-letter") that is 1.25 * 10^9 HashSets.
 */
class Solution {
    public int lengthOfLongestSubstring(String s) {
        for (int len = s.length(); len > 0; len--) {
            for (int i = 0; i + len <= s.length(); i++) {
                if (distinct(s, i, i + len)) {
                    return len;
                }
            }
        }
        return 0;
    }

    private boolean distinct(String s, int from, int to) {
        Set<Character> seen = new HashSet<>();
        for (int k = from; k < to; k++) {
            if (!seen.add(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
