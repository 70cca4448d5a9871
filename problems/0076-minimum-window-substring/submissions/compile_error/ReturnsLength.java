/*
 * Compile error (wrong signature): the method returns the LENGTH of the shortest window as an int,
 * `public int minWindow(String s, String t)`, instead of the window itself as a String. The class
 * compiles on its own, but not against the judge's call, which expects a String; the judge must report
 * that as a compile error, not crash.
 */
class Solution {
    public int minWindow(String s, String t) {
        int[] need = new int[128];
        for (char c : t.toCharArray()) {
            need[c]++;
        }
        int missing = t.length();
        int len = Integer.MAX_VALUE;
        for (int left = 0, right = 0; right < s.length(); right++) {
            if (need[s.charAt(right)]-- > 0) {
                missing--;
            }
            while (missing == 0) {
                len = Math.min(len, right - left + 1);
                if (++need[s.charAt(left++)] > 0) {
                    missing++;
                }
            }
        }
        return len == Integer.MAX_VALUE ? 0 : len;
    }
}
