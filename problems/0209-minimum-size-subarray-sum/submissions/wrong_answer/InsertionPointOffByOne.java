import java.util.Arrays;

/*
 * Wrong answer: the O(n log n) prefix-sum solution with Arrays.binarySearch, misreading its result. When
 * prefix[i] + target is not itself a prefix sum, binarySearch returns -(insertion point) - 1, and this
 * code takes -result as the insertion point: one element too far. Right whenever a window sums to exactly
 * the target, one too long otherwise (target = 4, nums = [1,2,1,3,1]: it answers 3 instead of 2).
 */
class Solution {
    public int minSubArrayLen(int target, int[] nums) {
        int n = nums.length;
        int[] prefix = new int[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + nums[i];
        }
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            int j = Arrays.binarySearch(prefix, prefix[i] + target);
            if (j < 0) {
                j = -j;
            }
            if (j <= n) {
                best = Math.min(best, j - i);
            }
        }
        return best == Integer.MAX_VALUE ? 0 : best;
    }
}
