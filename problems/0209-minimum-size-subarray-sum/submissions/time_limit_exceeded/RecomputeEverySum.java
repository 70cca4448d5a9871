/*
 * Time limit exceeded: the plainest brute force, O(n^3). For every start i and every end j it adds up
 * nums[i..j] again from scratch, stopping at the first end that reaches the target. When no window
 * reaches it ("max-ones-target-max", "max-small-values-target-above-sum") that is about n^3 / 6 additions:
 * hopeless for n = 10^5.
 */
class Solution {
    public int minSubArrayLen(int target, int[] nums) {
        int n = nums.length;
        int best = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                long sum = 0;
                for (int k = i; k <= j; k++) {
                    sum += nums[k];
                }
                if (sum >= target) {
                    if (best == 0 || j - i + 1 < best) {
                        best = j - i + 1;
                    }
                    break;
                }
            }
        }
        return best;
    }
}
