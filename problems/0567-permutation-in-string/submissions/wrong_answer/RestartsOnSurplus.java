/*
 * Wrong answer: when a letter arrives that the window already holds as often as s1 does, it throws the
 * whole window away and starts a new one at that letter, instead of dropping letters on the left only
 * until the surplus is gone. Letters just before the surplus one are lost: s1 = "adc", s2 = "dcda" holds
 * "cda", but this code restarts at the second 'd' and answers false.
 */
class Solution {
    public boolean checkInclusion(String s1, String s2) {
        int[] need = new int[26];
        for (char c : s1.toCharArray()) {
            need[c - 'a']++;
        }
        int[] have = new int[26];
        int length = 0;
        for (int i = 0; i < s2.length(); i++) {
            int c = s2.charAt(i) - 'a';
            if (need[c] == 0) {
                have = new int[26];
                length = 0;
                continue;
            }
            if (have[c] == need[c]) {
                have = new int[26];
                length = 0;
            }
            have[c]++;
            length++;
            if (length == s1.length()) {
                return true;
            }
        }
        return false;
    }
}
