/*
 * Wrong answer: keeps only the current maximum and its index. When the maximum leaves the window it takes
 * the incoming element as the new maximum, without looking at the elements still inside: for
 * nums = [1,3,1,2,0,5], k = 3 the 3 leaves as the 0 arrives, and it answers [3,3,0,5] where the window
 * [1,2,0] has maximum 2.
 */
class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        int[] result = new int[nums.length - k + 1];
        int max = Integer.MIN_VALUE;
        int maxIndex = -1;
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] >= max || maxIndex <= i - k) {
                max = nums[i];
                maxIndex = i;
            }
            if (i >= k - 1) {
                result[i - k + 1] = max;
            }
        }
        return result;
    }
}
