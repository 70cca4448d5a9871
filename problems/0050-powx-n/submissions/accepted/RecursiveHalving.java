/*
 * Accepted: the recursive form of fast exponentiation. x^n = (x^(n/2))^2, times x once more when n is
 * odd; the half power is computed ONCE and squared. The exponent is widened to long before it is
 * negated, so n = -2^31 works. O(log |n|) calls.
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
        double half = power(x, e / 2);
        return e % 2 == 0 ? half * half : half * half * x;
    }
}
