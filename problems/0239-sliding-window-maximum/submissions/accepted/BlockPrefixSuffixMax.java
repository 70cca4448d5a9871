/*
 * Accepted, without any queue: cut the array into blocks of k. fromLeft[i] is the maximum from the start
 * of i's block up to i, fromRight[i] the maximum from i to the end of its block. A window [i, i + k - 1]
 * covers the end of one block and the start of the next (or exactly one block), so its maximum is
 * max(fromRight[i], fromLeft[i + k - 1]). Two passes, O(n).
 */
class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        int n = nums.length;
        int[] fromLeft = new int[n];
        int[] fromRight = new int[n];
        for (int i = 0; i < n; i++) {
            fromLeft[i] = i % k == 0 ? nums[i] : Math.max(fromLeft[i - 1], nums[i]);
        }
        for (int i = n - 1; i >= 0; i--) {
            fromRight[i] = i == n - 1 || (i + 1) % k == 0 ? nums[i] : Math.max(fromRight[i + 1], nums[i]);
        }
        int[] result = new int[n - k + 1];
        for (int i = 0; i + k <= n; i++) {
            result[i] = Math.max(fromRight[i], fromLeft[i + k - 1]);
        }
        return result;
    }
}
