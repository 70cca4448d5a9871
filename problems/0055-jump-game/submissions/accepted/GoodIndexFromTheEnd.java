/*
 * Accepted: the same greedy idea from the other end. good is the leftmost index known to reach the last
 * index; an index that can jump to good or beyond can reach it too. The answer is whether good ends at 0.
 */
class Solution {
    public boolean canJump(int[] nums) {
        int good = nums.length - 1;
        for (int i = nums.length - 2; i >= 0; i--) {
            if (i + nums[i] >= good) {
                good = i;
            }
        }
        return good == 0;
    }
}
