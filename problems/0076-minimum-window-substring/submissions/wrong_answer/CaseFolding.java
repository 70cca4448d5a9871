/*
 * Wrong answer: treats 'a' and 'A' as the same letter (it slides over s.toLowerCase() and
 * t.toLowerCase(), then cuts the window out of the original s). The problem is case-sensitive, so it
 * returns "a" for s = "a", t = "A" (there is no window) and a too-short window for s = "AbxxxxaB", t = "AB".
 */
class Solution {
    public String minWindow(String s, String t) {
        String ls = s.toLowerCase();
        String lt = t.toLowerCase();
        int[] need = new int[128];
        for (char c : lt.toCharArray()) {
            need[c]++;
        }
        int missing = lt.length();
        int bestStart = 0, bestLen = Integer.MAX_VALUE;
        for (int left = 0, right = 0; right < ls.length(); right++) {
            if (need[ls.charAt(right)]-- > 0) {
                missing--;
            }
            while (missing == 0) {
                if (right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                if (++need[ls.charAt(left++)] > 0) {
                    missing++;
                }
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
