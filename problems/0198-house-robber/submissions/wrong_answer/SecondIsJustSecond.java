/*
 * Wrong answer: starts the table with best[0] = nums[0] and best[1] = nums[1], forgetting that the best of
 * the first two houses is the larger one. [9,1,1] ("first-larger-n3") answers 9 instead of 10.
 */
class Solution {
    public int rob(int[] nums) {
        int n = nums.length;
        if (n == 1) {
            return nums[0];
        }
        int[] best = new int[n];
        best[0] = nums[0];
        best[1] = nums[1];
        for (int i = 2; i < n; i++) {
            best[i] = Math.max(best[i - 1], best[i - 2] + nums[i]);
        }
        return best[n - 1];
    }
}
