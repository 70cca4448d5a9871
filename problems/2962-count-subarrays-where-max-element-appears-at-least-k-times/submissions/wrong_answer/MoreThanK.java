/*
 * Wrong answer: an off-by-one in the window's condition, "while (inWindow > k)" for ">= k". It then counts
 * the subarrays with more than k copies of the maximum instead of at least k: for [7] and k = 1 it
 * answers 0, not 1.
 */
class Solution {
    public long countSubarrays(int[] nums, int k) {
        int max = 0;
        for (int x : nums) {
            max = Math.max(max, x);
        }
        long count = 0;
        int inWindow = 0;
        int left = 0;
        for (int right = 0; right < nums.length; right++) {
            if (nums[right] == max) {
                inWindow++;
            }
            while (inWindow > k) {
                if (nums[left] == max) {
                    inWindow--;
                }
                left++;
            }
            count += left;
        }
        return count;
    }
}
