/*
 * Accepted: binary search on the answer. If some window of length L reaches the target, so does some
 * window of every length above L (add elements, all positive), so the lengths that work form a range
 * [answer, n]. reaches(L) slides a window of exactly L elements once over the array: O(n log n) in all.
 */
class Solution {
    public int minSubArrayLen(int target, int[] nums) {
        int lo = 1, hi = nums.length;
        if (!reaches(nums, target, hi)) {
            return 0;
        }
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (reaches(nums, target, mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static boolean reaches(int[] nums, int target, int len) {
        long sum = 0;
        for (int i = 0; i < nums.length; i++) {
            sum += nums[i];
            if (i >= len) {
                sum -= nums[i - len];
            }
            if (i >= len - 1 && sum >= target) {
                return true;
            }
        }
        return false;
    }
}
