/*
 * Wrong answer: a correct-looking sliding window whose counters are `char`s, "to save memory".
 * A char holds 0..65535, so when t has more than 65535 copies of one letter (or s has more than 65535
 * copies in the window) the count wraps around and the window is judged wrong. Right on every small
 * input; only the hidden tests with t = 70000 or 100000 copies of one letter (or 65536 copies) catch it.
 */
class Solution {
    public String minWindow(String s, String t) {
        char[] need = new char[128];
        char[] have = new char[128];
        for (int i = 0; i < t.length(); i++) {
            need[t.charAt(i)]++;
        }
        int covered = 0; // letters of t (duplicates included) that the window covers
        int bestStart = 0, bestLen = Integer.MAX_VALUE;
        int l = 0;
        for (int r = 0; r < s.length(); r++) {
            char c = s.charAt(r);
            have[c]++;
            if (need[c] > 0 && have[c] <= need[c]) {
                covered++;
            }
            while (covered == t.length()) {
                if (r - l + 1 < bestLen) {
                    bestLen = r - l + 1;
                    bestStart = l;
                }
                char d = s.charAt(l++);
                have[d]--;
                if (need[d] > 0 && have[d] < need[d]) {
                    covered--;
                }
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
