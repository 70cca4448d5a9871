/**
 * Reference solution for 136. Single Number.
 *
 * XOR of all values. x ^ x = 0 and x ^ 0 = x, and XOR is commutative and associative, so the pairs cancel
 * in any order and only the single value is left. O(n) time, O(1) space; negative values work the same,
 * bit by bit.
 */
class Solution {
    public int singleNumber(int[] nums) {
        int x = 0;
        for (int v : nums) {
            x ^= v;
        }
        return x;
    }
}
