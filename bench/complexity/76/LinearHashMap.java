/**
 * O(m + n): the sliding window, counting with HashMaps rather than the reference's array. Every index of s
 * enters and leaves the window once.
 */
class Solution {
    public String minWindow(String s, String t) {
        Map<Character, Integer> need = new HashMap<>();
        for (char c : t.toCharArray()) {
            need.merge(c, 1, Integer::sum);
        }
        Map<Character, Integer> window = new HashMap<>();
        int formed = 0;
        int bestStart = 0;
        int bestLen = Integer.MAX_VALUE;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            int have = window.merge(c, 1, Integer::sum);
            if (need.containsKey(c) && have == need.get(c)) {
                formed++;
            }
            while (formed == need.size() && left <= right) {
                if (right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                char d = s.charAt(left++);
                int now = window.merge(d, -1, Integer::sum);
                if (need.containsKey(d) && now < need.get(d)) {
                    formed--;
                }
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
