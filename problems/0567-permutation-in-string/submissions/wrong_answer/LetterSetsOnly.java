/*
 * Wrong answer: compares which letters a window holds, not how often. Each window of length m is reduced
 * to a bit mask of its letters and matched against s1's, so the same letters in other counts pass:
 * s1 = "aab", s2 = "abbb" answers true ("abb" has the letters a and b) instead of false.
 */
class Solution {
    public boolean checkInclusion(String s1, String s2) {
        int m = s1.length();
        int want = 0;
        for (char c : s1.toCharArray()) {
            want |= 1 << (c - 'a');
        }
        int[] count = new int[26];
        for (int i = 0; i < s2.length(); i++) {
            count[s2.charAt(i) - 'a']++;
            if (i >= m) {
                count[s2.charAt(i - m) - 'a']--;
            }
            if (i >= m - 1) {
                int mask = 0;
                for (int c = 0; c < 26; c++) {
                    if (count[c] > 0) {
                        mask |= 1 << c;
                    }
                }
                if (mask == want) {
                    return true;
                }
            }
        }
        return false;
    }
}
