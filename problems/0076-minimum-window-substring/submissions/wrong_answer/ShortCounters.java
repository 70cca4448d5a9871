/*
 * Wrong answer: the reference's algorithm with the counters in a short[] instead of an int[].
 * A short holds -32768..32767: with t = 70000 copies of one letter the count starts at 4464
 * (70000 - 65536), and a long run of surplus letters in s wraps a negative count back to a positive one,
 * so the window is judged wrong. Right on every small input; only the max tests with many copies of
 * one letter catch it.
 */
class Solution {
    public String minWindow(String s, String t) {
        short[] need = new short[128];
        for (int i = 0; i < t.length(); i++) {
            need[t.charAt(i)]++;
        }
        int missing = t.length();
        int bestStart = 0, bestLen = Integer.MAX_VALUE;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            if (need[s.charAt(right)]-- > 0) {
                missing--;
            }
            while (missing == 0) {
                if (right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                if (++need[s.charAt(left++)] > 0) {
                    missing++;
                }
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
