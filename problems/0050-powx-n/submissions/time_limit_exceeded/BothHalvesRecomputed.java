/*
 * Time limit exceeded: the divide-and-conquer idea without reusing the half: power(x, n/2) is called
 * twice instead of being computed once and squared. The recursion tree then has about 2|n| calls instead
 * of log |n|: over 4 * 10^9 calls for |n| near 2^31, about 6 s or more.
 */
class Solution {
    public double myPow(double x, int n) {
        long e = n;
        return e < 0 ? 1 / power(x, -e) : power(x, e);
    }

    private double power(double x, long e) {
        if (e == 0) {
            return 1;
        }
        double squared = power(x, e / 2) * power(x, e / 2);
        return e % 2 == 0 ? squared : squared * x;
    }
}
