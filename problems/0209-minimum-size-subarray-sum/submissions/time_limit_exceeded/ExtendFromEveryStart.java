/*
 * Time limit exceeded: correct brute force, O(n^2). From every start it adds elements until the sum
 * reaches the target, and stops early once the window is no shorter than the best found. When the answer
 * is n or 0 each start still runs to the end of the array: about n^2 / 2 = 5 * 10^9 additions for
 * n = 10^5 ("max-ones-target-n", "max-ones-target-max", "max-small-values-target-above-sum"): about 3 s
 * on a 2024 laptop core against a limit of 1 s. The tightest margin of this package's slow submissions.
 */
class Solution {
    public int minSubArrayLen(int target, int[] nums) {
        int n = nums.length;
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            long sum = 0;
            for (int j = i; j < n && j - i + 1 < best; j++) {
                sum += nums[j];
                if (sum >= target) {
                    best = j - i + 1;
                    break;
                }
            }
        }
        return best == Integer.MAX_VALUE ? 0 : best;
    }
}
