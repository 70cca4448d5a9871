/*
 * Wrong answer: the sliding window of 209 (Minimum Size Subarray Sum), which needs positive elements. With
 * negative elements or zeros a window that overshoots k can come back to k by growing, and shrinking can
 * skip matches: [3,4,7,-2,2,1,4,2] with k = 7 ("negative-then-positive") answers 4 instead of 6;
 * example 3 ([1,-1,1,-1], k = 0) answers 2 instead of 4.
 */
class Solution {
    public int subarraySum(int[] nums, int k) {
        int count = 0;
        int sum = 0;
        int left = 0;
        for (int right = 0; right < nums.length; right++) {
            sum += nums[right];
            while (left < right && sum > k) {
                sum -= nums[left++];
            }
            if (sum == k) {
                count++;
            }
        }
        return count;
    }
}
