/*
 * Wrong answer: reads "max element" as the largest value of each subarray rather than of the whole
 * array. For [1,1,3] and k = 2 it counts [1,1], whose own maximum 1 occurs twice, and answers 1 instead
 * of 0. (Quadratic as well, but it fails on small tests first.)
 */
class Solution {
    public long countSubarrays(int[] nums, int k) {
        long count = 0;
        for (int i = 0; i < nums.length; i++) {
            int max = 0;
            int copies = 0;
            for (int j = i; j < nums.length; j++) {
                if (nums[j] > max) {
                    max = nums[j];
                    copies = 1;
                } else if (nums[j] == max) {
                    copies++;
                }
                if (copies >= k) {
                    count++;
                }
            }
        }
        return count;
    }
}
