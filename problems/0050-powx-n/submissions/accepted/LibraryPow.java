/*
 * Accepted: Math.pow, which is within one unit in the last place of the exact value, far inside the
 * tolerance of 10^-5. LeetCode accepts it too; the interview question is what Math.pow does.
 */
class Solution {
    public double myPow(double x, int n) {
        return Math.pow(x, n);
    }
}
