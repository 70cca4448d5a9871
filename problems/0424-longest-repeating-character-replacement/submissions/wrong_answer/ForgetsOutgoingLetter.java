/*
 * Wrong answer: the reference's sliding window, but when the left end moves it forgets to take the
 * outgoing letter out of the counts. Counts of letters that left the window keep counting, so the most
 * frequent letter looks more frequent than it is and windows that need too many changes pass:
 * s = "AABBA", k = 0 answers 3 instead of 2.
 */
class Solution {
    public int characterReplacement(String s, int k) {
        int[] count = new int[26];
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            best = Math.max(best, ++count[s.charAt(right) - 'A']);
            if (right - left + 1 - best > k) {
                left++;
            }
        }
        return s.length() - left;
    }
}
