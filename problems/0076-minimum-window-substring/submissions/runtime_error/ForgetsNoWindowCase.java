/*
 * Runtime error: a correct sliding window that forgets the "no window" case at the end. It always
 * returns s.substring(start, start + minLen), and when no window was found minLen is still
 * Integer.MAX_VALUE, so the end index is past the end of s (or overflows to a negative number):
 * StringIndexOutOfBoundsException on every test whose answer is "".
 */
class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128];
        for (char c : t.toCharArray()) {
            need[c]++;
        }
        int missing = t.length();
        int start = 0, minLen = Integer.MAX_VALUE;
        for (int left = 0, right = 0; right < s.length(); right++) {
            if (need[s.charAt(right)]-- > 0) {
                missing--;
            }
            while (missing == 0) {
                if (right - left + 1 < minLen) {
                    minLen = right - left + 1;
                    start = left;
                }
                if (++need[s.charAt(left++)] > 0) {
                    missing++;
                }
            }
        }
        return s.substring(start, start + minLen);
    }
}
