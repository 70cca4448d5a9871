/**
 * Reference solution for 283. Move Zeroes.
 *
 * One pass with a write position: every non-zero value is swapped to the write position, which then moves
 * on. Everything before the write position is the non-zero values in their order; everything between it
 * and the read position is zeros. A swap (rather than a copy followed by a fill) leaves the zeros behind
 * as it goes, and writes nothing while the array starts with non-zeros.
 *
 * O(n) time, O(1) extra memory.
 */
class Solution {
    public void moveZeroes(int[] nums) {
        int write = 0;
        for (int read = 0; read < nums.length; read++) {
            if (nums[read] != 0) {
                if (read != write) {
                    nums[write] = nums[read];
                    nums[read] = 0;
                }
                write++;
            }
        }
    }
}
