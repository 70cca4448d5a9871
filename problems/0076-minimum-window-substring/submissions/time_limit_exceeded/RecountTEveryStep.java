import java.util.HashMap;
import java.util.Map;

/*
 * Time limit exceeded: a correct sliding window whose "does the window cover t?" test counts the letters
 * of t again, into a fresh HashMap, on every call: O(n) each, with boxing. The test runs once per step
 * of either end, so the whole is O(m * n): about 10^10 map updates when m = n = 100000
 * ("max-t-one-letter-100000", "max-m-n-t-is-permutation-of-s", "max-t-longer-than-s": it does not stop
 * early when n > m).
 */
class Solution {
    public String minWindow(String s, String t) {
        int[] window = new int[128];
        int bestStart = 0, bestLen = Integer.MAX_VALUE;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            window[s.charAt(right)]++;
            while (covers(window, t)) {
                if (right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                window[s.charAt(left)]--;
                left++;
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }

    private boolean covers(int[] window, String t) {
        Map<Character, Integer> need = new HashMap<>();
        for (char c : t.toCharArray()) {
            need.put(c, need.getOrDefault(c, 0) + 1);
        }
        for (Map.Entry<Character, Integer> e : need.entrySet()) {
            if (window[e.getKey()] < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
