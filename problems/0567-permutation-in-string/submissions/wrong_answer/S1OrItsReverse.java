/*
 * Wrong answer: a misreading that only looks for s1 itself or s1 reversed, as if those were its only
 * permutations. Right on both examples ("ba" is "ab" reversed), wrong as soon as s1 has three letters:
 * s1 = "abc", s2 = "xxbacxx" answers false.
 */
class Solution {
    public boolean checkInclusion(String s1, String s2) {
        String reversed = new StringBuilder(s1).reverse().toString();
        return s2.contains(s1) || s2.contains(reversed);
    }
}
