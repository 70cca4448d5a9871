/**
 * Reference solution for {{id}}. {{title}}.
 *
 * TODO: your reference: the clearest correct solution, with a comment on why it is right and its cost.
 * The judge times it on every test, and a test's time limit is a multiple of its time.
 *
 * (Placeholder: one pass, keeping the largest value seen. O(n) time, O(1) space.)
 */
class Solution {
    public int largest(int[] nums) {
        int best = nums[0];
        for (int x : nums) {
            best = Math.max(best, x);
        }
        return best;
    }
}
