/*
 * Time limit exceeded: every subarray, each summed from scratch: O(n^3), about n^3 / 6 = 1.3 * 10^12
 * additions for n = 2 * 10^4 (any test of 04-max.json). The quadratic version with a running sum is NOT
 * slow enough in Java at this bound (accepted/RunningSumFromEveryStart.java).
 */
class Solution {
    public int subarraySum(int[] nums, int k) {
        int count = 0;
        for (int i = 0; i < nums.length; i++) {
            for (int j = i; j < nums.length; j++) {
                int sum = 0;
                for (int t = i; t <= j; t++) {
                    sum += nums[t];
                }
                if (sum == k) {
                    count++;
                }
            }
        }
        return count;
    }
}
