/*
 * Wrong answer: a greedy over the whole string. It takes the most frequent letter of s and answers
 * min(n, its count + k), as if its copies were all next to each other. They rarely are: for
 * s = "AABABBA", k = 1 there are four 'A's and it answers 5 instead of 4.
 */
class Solution {
    public int characterReplacement(String s, int k) {
        int[] count = new int[26];
        int max = 0;
        for (char c : s.toCharArray()) {
            max = Math.max(max, ++count[c - 'A']);
        }
        return Math.min(s.length(), max + k);
    }
}
