/**
 * Reference solution for 50. Pow(x, n).
 *
 * Binary exponentiation: write |n| in binary; x^|n| is the product of x^(2^k) over the bits k that are
 * set. The loop squares a running power of x once per bit and multiplies it into the result when the
 * bit is set: about 2 * 31 multiplications for any n, O(log |n|).
 *
 * A negative n means 1 / x^|n|, computed as (1/x)^|n|. |n| is taken in long: -n overflows an int when
 * n = -2^31 (it stays -2^31). The constraints keep x^n within [-10^4, 10^4] and rule out 0 to a power
 * n <= 0, so there is no division by zero.
 */
class Solution {
    public double myPow(double x, int n) {
        long exponent = n;
        double base = x;
        if (exponent < 0) {
            base = 1 / base;
            exponent = -exponent;
        }
        double result = 1;
        while (exponent > 0) {
            if ((exponent & 1) == 1) {
                result *= base;
            }
            base *= base;
            exponent >>= 1;
        }
        return result;
    }
}
