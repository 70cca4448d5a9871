/*
 * Wrong answer: treats t as a set of letters. It only asks that every DISTINCT letter of t occur in the
 * window, so duplicates are ignored: for s = "a", t = "aa" it returns "a" instead of "", and for
 * s = "aXbXa", t = "aa" it returns "a" instead of "aXbXa".
 */
class Solution {
    public String minWindow(String s, String t) {
        boolean[] wanted = new boolean[128];
        int distinct = 0;
        for (char c : t.toCharArray()) {
            if (!wanted[c]) {
                wanted[c] = true;
                distinct++;
            }
        }
        int[] have = new int[128];
        int present = 0;
        int bestStart = 0, bestLen = Integer.MAX_VALUE;
        for (int left = 0, right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            if (wanted[c] && have[c]++ == 0) {
                present++;
            }
            while (present == distinct) {
                if (right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                char d = s.charAt(left++);
                if (wanted[d] && --have[d] == 0) {
                    present--;
                }
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
