/*
 * Accepted, and worth knowing why: the O(n^2) table "index i is reachable if some reachable j < i jumps
 * to it". At n <= 10^4 that is at most 5 * 10^7 checks, fast enough in Java; the greedy needs one pass.
 */
class Solution {
    public boolean canJump(int[] nums) {
        int n = nums.length;
        boolean[] reachable = new boolean[n];
        reachable[0] = true;
        for (int i = 1; i < n; i++) {
            for (int j = i - 1; j >= 0; j--) {
                if (reachable[j] && j + nums[j] >= i) {
                    reachable[i] = true;
                    break;
                }
            }
        }
        return reachable[n - 1];
    }
}
