import java.util.HashMap;
import java.util.Map;

/*
 * Accepted: the sliding window with HashMap<Character, Integer> counters, as many people write it.
 * Every access boxes a Character and an Integer, so it is several times slower than int[128], but it
 * is still O(m + n) and must fit well inside the time limits.
 */
class Solution {
    public String minWindow(String s, String t) {
        Map<Character, Integer> need = new HashMap<>();
        for (char c : t.toCharArray()) {
            need.put(c, need.getOrDefault(c, 0) + 1);
        }
        Map<Character, Integer> window = new HashMap<>();
        int formed = 0;
        int required = need.size();
        int bestStart = 0, bestLen = -1;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            window.put(c, window.getOrDefault(c, 0) + 1);
            if (need.containsKey(c) && window.get(c).intValue() == need.get(c).intValue()) {
                formed++;
            }
            while (left <= right && formed == required) {
                if (bestLen < 0 || right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                char d = s.charAt(left);
                window.put(d, window.get(d) - 1);
                if (need.containsKey(d) && window.get(d) < need.get(d)) {
                    formed--;
                }
                left++;
            }
        }
        return bestLen < 0 ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
