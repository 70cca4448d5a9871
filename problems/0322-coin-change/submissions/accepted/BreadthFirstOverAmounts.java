/*
 * Accepted: breadth-first search over amounts from 0: every level adds one coin, so the first level that
 * reaches amount is the fewest coins. Sums are taken in long, since a coin may be 2^31 - 1.
 * O(amount * coins) time, O(amount) space.
 */
class Solution {
    public int coinChange(int[] coins, int amount) {
        if (amount == 0) {
            return 0;
        }
        boolean[] seen = new boolean[amount + 1];
        int[] frontier = {0};
        seen[0] = true;
        for (int used = 1; frontier.length > 0; used++) {
            int[] next = new int[amount + 1];
            int size = 0;
            for (int a : frontier) {
                for (int c : coins) {
                    long b = (long) a + c;
                    if (b == amount) {
                        return used;
                    }
                    if (b < amount && !seen[(int) b]) {
                        seen[(int) b] = true;
                        next[size++] = (int) b;
                    }
                }
            }
            frontier = java.util.Arrays.copyOf(next, size);
        }
        return -1;
    }
}
