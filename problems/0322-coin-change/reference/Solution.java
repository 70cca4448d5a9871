/**
 * Reference solution for 322. Coin Change.
 *
 * Unbounded knapsack over amounts. best[a] is the fewest coins making a (best[0] = 0); the last coin used
 * for a is some coin c <= a, after best[a - c] coins, so best[a] = 1 + min over c of best[a - c]. Amounts
 * that cannot be made hold amount + 1, more than any real answer, so "+ 1" never overflows.
 * O(amount * coins) time, O(amount) space. A coin larger than amount is never used.
 */
class Solution {
    public int coinChange(int[] coins, int amount) {
        int impossible = amount + 1;
        int[] best = new int[amount + 1];
        java.util.Arrays.fill(best, impossible);
        best[0] = 0;
        for (int a = 1; a <= amount; a++) {
            for (int c : coins) {
                if (c <= a && best[a - c] + 1 < best[a]) {
                    best[a] = best[a - c] + 1;
                }
            }
        }
        return best[amount] == impossible ? -1 : best[amount];
    }
}
