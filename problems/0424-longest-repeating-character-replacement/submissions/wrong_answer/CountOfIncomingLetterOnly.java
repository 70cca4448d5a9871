/*
 * Wrong answer: takes the count of the letter that just arrived as the window's most frequent count,
 * instead of the largest count of any letter. When a minority letter arrives, the window looks invalid
 * and shrinks although the majority letter still fits: s = "AAAB", k = 1 answers 3 instead of 4.
 */
class Solution {
    public int characterReplacement(String s, int k) {
        int[] count = new int[26];
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            int most = ++count[s.charAt(right) - 'A'];
            while (right - left + 1 - most > k) {
                count[s.charAt(left) - 'A']--;
                left++;
                most = count[s.charAt(right) - 'A'];
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
