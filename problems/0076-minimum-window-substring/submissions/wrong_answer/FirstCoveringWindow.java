/*
 * Wrong answer: stops at the first window that covers t. It grows the window until it covers t, shrinks
 * it from the left as far as it still covers, and returns it, without looking at later windows. For
 * "ADOBECODEBANC" / "ABC" it returns "ADOBEC" instead of "BANC"; every test whose shortest window is
 * not the first one found rejects it.
 */
class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128];
        for (char c : t.toCharArray()) {
            need[c]++;
        }
        int missing = t.length();
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            if (need[s.charAt(right)]-- > 0) {
                missing--;
            }
            if (missing == 0) {
                while (need[s.charAt(left)] < 0) {
                    need[s.charAt(left++)]++;
                }
                return s.substring(left, right + 1);
            }
        }
        return "";
    }
}
