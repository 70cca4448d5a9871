/**
 * Reference solution for 55. Jump Game.
 *
 * Greedy reach. reach is the farthest index reachable so far; every index up to reach is reachable too
 * (a jump may be shorter than its maximum). Walk the indices while i <= reach, extending reach to
 * i + nums[i]. The last index is reachable exactly when the walk gets there. O(n) time, O(1) space;
 * i + nums[i] stays below 2^31.
 */
class Solution {
    public boolean canJump(int[] nums) {
        int reach = 0;
        for (int i = 0; i < nums.length && i <= reach; i++) {
            reach = Math.max(reach, i + nums[i]);
        }
        return reach >= nums.length - 1;
    }
}
