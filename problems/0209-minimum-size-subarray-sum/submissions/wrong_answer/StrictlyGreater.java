/*
 * Wrong answer: reads "at least target" as "more than target" and tests sum > target. Every window whose
 * sum equals the target is missed: example 1 ([4,3] adds up to exactly 7) answers 3 instead of 2.
 */
class Solution {
    public int minSubArrayLen(int target, int[] nums) {
        int best = Integer.MAX_VALUE;
        int sum = 0;
        int left = 0;
        for (int right = 0; right < nums.length; right++) {
            sum += nums[right];
            while (sum > target) {
                best = Math.min(best, right - left + 1);
                sum -= nums[left];
                left++;
            }
        }
        return best == Integer.MAX_VALUE ? 0 : best;
    }
}
