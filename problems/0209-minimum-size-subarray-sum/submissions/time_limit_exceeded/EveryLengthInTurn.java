/*
 * Time limit exceeded: correct but O(n * answer). It tries lengths 1, 2, 3, ... in turn and, for each,
 * slides a window of exactly that length over the whole array, returning the first length that reaches
 * the target. When the answer is large or 0 that is up to n passes of n steps: 10^10 for n = 10^5
 * ("max-ones-target-n", "max-small-values-target-half-sum").
 */
class Solution {
    public int minSubArrayLen(int target, int[] nums) {
        int n = nums.length;
        for (int len = 1; len <= n; len++) {
            long sum = 0;
            for (int i = 0; i < n; i++) {
                sum += nums[i];
                if (i >= len) {
                    sum -= nums[i - len];
                }
                if (i >= len - 1 && sum >= target) {
                    return len;
                }
            }
        }
        return 0;
    }
}
