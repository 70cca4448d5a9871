/*
 * Accepted: the table form. best[i] is the most from the first i houses: either house i - 1 is left
 * (best[i - 1]) or robbed after skipping house i - 2 (best[i - 2] + nums[i - 1]). O(n) time and space.
 */
class Solution {
    public int rob(int[] nums) {
        int[] best = new int[nums.length + 1];
        best[1] = nums[0];
        for (int i = 2; i <= nums.length; i++) {
            best[i] = Math.max(best[i - 1], best[i - 2] + nums[i - 1]);
        }
        return best[nums.length];
    }
}
