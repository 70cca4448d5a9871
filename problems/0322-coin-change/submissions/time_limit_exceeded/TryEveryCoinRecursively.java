/*
 * Time limit exceeded: the recursion best(a) = 1 + min over c of best(a - c), without remembering any
 * result. Correct, but the same amounts are solved again and again: exponentially many calls in
 * amount / smallest coin. With [1,2,5] and amount 10^4 ("max-amount-small-coins") it never finishes; even
 * amounts in the hundreds are far too slow.
 */
class Solution {
    public int coinChange(int[] coins, int amount) {
        int best = fewest(coins, amount);
        return best == Integer.MAX_VALUE ? -1 : best;
    }

    private int fewest(int[] coins, int amount) {
        if (amount == 0) {
            return 0;
        }
        int best = Integer.MAX_VALUE;
        for (int c : coins) {
            if (c <= amount) {
                int rest = fewest(coins, amount - c);
                if (rest != Integer.MAX_VALUE) {
                    best = Math.min(best, rest + 1);
                }
            }
        }
        return best;
    }
}
