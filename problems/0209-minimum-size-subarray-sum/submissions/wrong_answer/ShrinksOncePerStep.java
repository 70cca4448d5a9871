/*
 * Wrong answer: the sliding window with `if` where `while` belongs. When the window reaches the target it
 * drops only ONE element from the left per step, so after a long window meets a big element it never
 * gets short again: for target = 100, nums = [1,1,1,1,100] it answers 5 instead of 1.
 */
class Solution {
    public int minSubArrayLen(int target, int[] nums) {
        int best = Integer.MAX_VALUE;
        int sum = 0;
        int left = 0;
        for (int right = 0; right < nums.length; right++) {
            sum += nums[right];
            if (sum >= target) {
                best = Math.min(best, right - left + 1);
                sum -= nums[left];
                left++;
            }
        }
        return best == Integer.MAX_VALUE ? 0 : best;
    }
}
