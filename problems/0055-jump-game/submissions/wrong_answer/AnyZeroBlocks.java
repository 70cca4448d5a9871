/*
 * Wrong answer: answers false as soon as a 0 appears before the last index, as if every route had to step
 * on it. A zero can be jumped over: [2,0,0] ("zero-jumped-over") answers false instead of true.
 */
class Solution {
    public boolean canJump(int[] nums) {
        for (int i = 0; i < nums.length - 1; i++) {
            if (nums[i] == 0) {
                return false;
            }
        }
        return true;
    }
}
