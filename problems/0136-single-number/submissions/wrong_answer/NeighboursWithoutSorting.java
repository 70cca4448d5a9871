/*
 * Wrong answer: compares the pairs (0,1), (2,3), ... of the array as given, as if equal values were always
 * next to each other. Example 2 happens to work, but [1,2,1] ("pairs-apart") answers 1 instead of 2.
 */
class Solution {
    public int singleNumber(int[] nums) {
        for (int i = 0; i + 1 < nums.length; i += 2) {
            if (nums[i] != nums[i + 1]) {
                return nums[i];
            }
        }
        return nums[nums.length - 1];
    }
}
