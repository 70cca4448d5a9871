/*
 * Wrong answer: greedily robs the richest house left whose neighbours are not robbed. The richest house can
 * cost two neighbours worth more: [6,10,6] ("largest-between-two-medium") answers 10 instead of 12.
 */
class Solution {
    public int rob(int[] nums) {
        int n = nums.length;
        boolean[] blocked = new boolean[n];
        int total = 0;
        while (true) {
            int pick = -1;
            for (int i = 0; i < n; i++) {
                if (!blocked[i] && (pick < 0 || nums[i] > nums[pick])) {
                    pick = i;
                }
            }
            if (pick < 0) {
                return total;
            }
            total += nums[pick];
            blocked[pick] = true;
            if (pick > 0) {
                blocked[pick - 1] = true;
            }
            if (pick + 1 < n) {
                blocked[pick + 1] = true;
            }
        }
    }
}
