/*
 * Wrong answer: always takes the longest jump, nums[i] steps. A shorter jump can be the only way on:
 * [2,3,0,0,1] ("shorter-jump-needed") jumps from 0 to the 0 at index 2 and answers false, while 0 -> 1 -> 4
 * reaches the end.
 */
class Solution {
    public boolean canJump(int[] nums) {
        int i = 0;
        while (i < nums.length - 1) {
            if (nums[i] == 0) {
                return false;
            }
            i += nums[i];
        }
        return true;
    }
}
