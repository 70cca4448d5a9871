/*
 * Wrong answer: the brute force with an off-by-one bound on the inner loop (j < n - 1), so no pair that
 * uses the last position is ever tried; it then returns an empty array. Example 2 ([3,2,4], target 6:
 * the pair is [1,2]) already fails.
 */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        for (int i = 0; i < nums.length; i++) {
            for (int j = i + 1; j < nums.length - 1; j++) {
                if (nums[i] + nums[j] == target) {
                    return new int[] {i, j};
                }
            }
        }
        return new int[0];
    }
}
