/*
 * Time limit exceeded: the recursion "rob house i and jump to i + 2, or skip to i + 1" without remembering
 * results. The calls grow like the Fibonacci numbers, about 1.6^n: for n = 100 (any test of 04-max.json)
 * some 10^20 calls. At n <= 100 only the exponential approach is slow; any polynomial one is fast.
 */
class Solution {
    public int rob(int[] nums) {
        return best(nums, 0);
    }

    private int best(int[] nums, int i) {
        if (i >= nums.length) {
            return 0;
        }
        return Math.max(nums[i] + best(nums, i + 2), best(nums, i + 1));
    }
}
