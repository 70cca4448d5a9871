/**
 * Reference solution for 198. House Robber.
 *
 * One pass with two running values: take is the best total over the houses so far that robs the current
 * house, skip the best that does not. Robbing house i needs house i - 1 skipped: take' = skip + nums[i];
 * skipping it allows either: skip' = max(take, skip). O(n) time, O(1) space.
 */
class Solution {
    public int rob(int[] nums) {
        int take = 0, skip = 0;
        for (int x : nums) {
            int newTake = skip + x;
            skip = Math.max(take, skip);
            take = newTake;
        }
        return Math.max(take, skip);
    }
}
