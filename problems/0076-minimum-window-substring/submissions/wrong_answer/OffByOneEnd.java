/*
 * Wrong answer: an off-by-one on the window's end. It measures a window as right - left (forgetting
 * the + 1) and cuts s.substring(start, start + len), so every window it returns lacks its last letter
 * (and a one-letter answer becomes ""). The windows it picks are the right ones, only cut short.
 */
class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128];
        for (char c : t.toCharArray()) {
            need[c]++;
        }
        int missing = t.length();
        int start = 0, len = Integer.MAX_VALUE;
        for (int left = 0, right = 0; right < s.length(); right++) {
            if (need[s.charAt(right)]-- > 0) {
                missing--;
            }
            while (missing == 0) {
                if (right - left < len) {
                    len = right - left;
                    start = left;
                }
                if (++need[s.charAt(left++)] > 0) {
                    missing++;
                }
            }
        }
        return len == Integer.MAX_VALUE ? "" : s.substring(start, start + len);
    }
}
