/*
 * Wrong answer: assumes lower-case input. It counts letters in an int[26] and, to stay in bounds,
 * skips every character outside 'a'..'z' in both s and t (no exception, just the wrong answer). Upper-case
 * letters of t are then never required: for s = "Q", t = "Q" nothing is needed and it returns "",
 * and for s = "abcABC", t = "aA" it returns "a".
 */
class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[26];
        int missing = 0;
        for (char c : t.toCharArray()) {
            if (c < 'a' || c > 'z') {
                continue;
            }
            need[c - 'a']++;
            missing++;
        }
        if (missing == 0) {
            return "";
        }
        int bestStart = 0, bestLen = Integer.MAX_VALUE;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            if (c < 'a' || c > 'z') {
                continue;
            }
            if (need[c - 'a']-- > 0) {
                missing--;
            }
            while (missing == 0) {
                char d = s.charAt(left);
                if (d < 'a' || d > 'z') {
                    left++;
                    continue;
                }
                if (right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                if (++need[d - 'a'] > 0) {
                    missing++;
                }
                left++;
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
