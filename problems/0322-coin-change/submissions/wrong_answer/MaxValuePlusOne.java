import java.util.Arrays;

/*
 * Wrong answer: marks unreachable amounts with Integer.MAX_VALUE and then adds 1 to them, which overflows
 * to Integer.MIN_VALUE and wins every minimum: example 2 ([2], 3) answers -2147483648 instead of -1.
 */
class Solution {
    public int coinChange(int[] coins, int amount) {
        int[] best = new int[amount + 1];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int a = 1; a <= amount; a++) {
            for (int c : coins) {
                if (c <= a) {
                    best[a] = Math.min(best[a], best[a - c] + 1);
                }
            }
        }
        return best[amount] == Integer.MAX_VALUE ? -1 : best[amount];
    }
}
