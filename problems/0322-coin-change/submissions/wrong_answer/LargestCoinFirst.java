import java.util.Arrays;

/*
 * Wrong answer: the greedy that takes as many of the largest coin as fit, then the next. Right for coin
 * systems like [1,2,5], wrong in general: example 4 ([1,3,4], 6) answers 3 (4 + 1 + 1) instead of 2
 * (3 + 3), and [3,7] with 9 ("greedy-gets-stuck") answers -1 although 3 + 3 + 3 works.
 */
class Solution {
    public int coinChange(int[] coins, int amount) {
        int[] sorted = coins.clone();
        Arrays.sort(sorted);
        int count = 0;
        for (int i = sorted.length - 1; i >= 0 && amount > 0; i--) {
            count += amount / sorted[i];
            amount %= sorted[i];
        }
        return amount == 0 ? count : -1;
    }
}
