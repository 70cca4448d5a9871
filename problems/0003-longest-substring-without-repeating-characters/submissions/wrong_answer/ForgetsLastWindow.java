/*
 * Wrong answer: measures a window only when it has to close it, i.e. when a repeat arrives, and
 * forgets the window still open when the string ends. Right when the longest run is followed by a
 * repeat; wrong when it reaches the end of s: "abc" gives 0, "aab" gives 1, "" happens to give 0.
 */
class Solution {
    public int lengthOfLongestSubstring(String s) {
        boolean[] inWindow = new boolean[128];
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            if (inWindow[c]) {
                best = Math.max(best, right - left);
                while (s.charAt(left) != c) {
                    inWindow[s.charAt(left)] = false;
                    left++;
                }
                left++;
            }
            inWindow[c] = true;
        }
        return best;
    }
}
