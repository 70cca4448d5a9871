import java.util.Arrays;

/*
 * Runtime error: fills the table forwards, from a to a + c, testing a + c <= amount in int. With a coin of
 * 2^31 - 1 the sum overflows to a negative number, passes the test, and indexes the array below 0:
 * [1,2147483647] with amount 5 ("largest-coin-beside-small-amount") throws
 * ArrayIndexOutOfBoundsException.
 */
class Solution {
    public int coinChange(int[] coins, int amount) {
        int[] best = new int[amount + 1];
        Arrays.fill(best, amount + 1);
        best[0] = 0;
        for (int a = 0; a < amount; a++) {
            if (best[a] > amount) {
                continue;
            }
            for (int c : coins) {
                if (a + c <= amount) {
                    best[a + c] = Math.min(best[a + c], best[a] + 1);
                }
            }
        }
        return best[amount] > amount ? -1 : best[amount];
    }
}
