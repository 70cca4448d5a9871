/*
 * Wrong answer: a formula instead of a search. ceil(total / h) is a lower bound on the speed, but the
 * hours spent finishing a pile are wasted on its remainder: [5,5] with h = 3 ("average-too-slow-two-piles")
 * answers ceil(10 / 3) = 4, which needs 4 hours; the answer is 5.
 */
class Solution {
    public int minEatingSpeed(int[] piles, int h) {
        long total = 0;
        for (int p : piles) {
            total += p;
        }
        return (int) Math.max(1, (total + h - 1) / h);
    }
}
