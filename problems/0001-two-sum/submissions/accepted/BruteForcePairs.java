/*
 * Accepted: every pair i < j, as a first attempt on LeetCode does it. O(n^2) is 5 * 10^7 additions when
 * n = 10^4, a few tens of milliseconds: the bounds of this problem let the quadratic solution through,
 * as LeetCode does. (The follow-up asks for better; see the reference.)
 */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        for (int i = 0; i < nums.length; i++) {
            for (int j = i + 1; j < nums.length; j++) {
                if (nums[i] + nums[j] == target) {
                    return new int[] {i, j};
                }
            }
        }
        return new int[0];
    }
}
