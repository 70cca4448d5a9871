/*
 * Time limit exceeded: LeetCode's first brute force. It generates every permutation of s1 by swapping
 * letters and asks s2.contains for each. Correct, but s1 has m! permutations (duplicates included): with
 * s1 made of 26 or 13 different letters that s2 lacks ("all-26-letters-s2-lacks-z",
 * "max-26-distinct-letters-absent", "max-13-distinct-letters-absent") it never finds one and never ends.
 */
class Solution {
    private boolean found;

    public boolean checkInclusion(String s1, String s2) {
        found = false;
        permute(s1.toCharArray(), 0, s2);
        return found;
    }

    private void permute(char[] letters, int from, String s2) {
        if (found) {
            return;
        }
        if (from == letters.length) {
            found = s2.contains(new String(letters));
            return;
        }
        for (int i = from; i < letters.length; i++) {
            swap(letters, from, i);
            permute(letters, from + 1, s2);
            swap(letters, from, i);
        }
    }

    private static void swap(char[] a, int i, int j) {
        char t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
