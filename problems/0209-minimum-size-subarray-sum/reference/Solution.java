/**
 * Reference solution for 209. Minimum Size Subarray Sum.
 *
 * Sliding window [left, right] with its sum. Every element is positive, so growing the window never
 * lowers its sum and shrinking never raises it. The right end takes in one element at a time; while the
 * window reaches the target, it is a candidate, and the left end drops elements to find the shortest
 * window ending at right. Each index enters and leaves once: O(n) time, O(1) space.
 *
 * The sum never exceeds 10^5 * 10^4 = 10^9, so an int holds it; a long costs nothing and needs no proof.
 */
class Solution {
    public int minSubArrayLen(int target, int[] nums) {
        int best = Integer.MAX_VALUE;
        long sum = 0;
        int left = 0;
        for (int right = 0; right < nums.length; right++) {
            sum += nums[right];
            while (sum >= target) {
                best = Math.min(best, right - left + 1);
                sum -= nums[left];
                left++;
            }
        }
        return best == Integer.MAX_VALUE ? 0 : best;
    }
}
