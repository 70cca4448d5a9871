/*
 * Wrong answer: requires the farthest reach to be exactly the last index, forgetting that a jump may be
 * shorter than its maximum: [100000] ("n1-max") and [2,0] answer false instead of true.
 */
class Solution {
    public boolean canJump(int[] nums) {
        int reach = 0;
        for (int i = 0; i < nums.length && i <= reach; i++) {
            reach = Math.max(reach, i + nums[i]);
        }
        return reach == nums.length - 1;
    }
}
