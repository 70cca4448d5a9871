/*
 * Wrong answer: starts from 0 instead of the first element, so an array of negative numbers gets 0
 * ("all-negative" in tests/hidden/01-boundaries.json).
 * TODO: your own wrong submissions (at least two), each a mistake people make, with the test that catches it.
 */
class Solution {
    public int largest(int[] nums) {
        int best = 0;
        for (int x : nums) {
            best = Math.max(best, x);
        }
        return best;
    }
}
