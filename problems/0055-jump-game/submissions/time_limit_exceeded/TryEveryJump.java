/*
 * Time limit exceeded: depth-first search over every jump length from every index, without remembering
 * the indices already known to fail. When the end is unreachable the search explores every route: on
 * "max-jumps-end-at-a-wall-of-zeros" (values 5000, 4999, ..., 1, then zeros) that is 2^5000 routes.
 */
class Solution {
    public boolean canJump(int[] nums) {
        return from(nums, 0);
    }

    private boolean from(int[] nums, int i) {
        if (i >= nums.length - 1) {
            return true;
        }
        for (int step = nums[i]; step >= 1; step--) {
            if (from(nums, i + step)) {
                return true;
            }
        }
        return false;
    }
}
