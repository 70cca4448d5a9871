/*
 * Wrong answer: binary exponentiation with two lines swapped: the running power is squared BEFORE it is
 * multiplied into the result, so bit k of n contributes x^(2^(k+1)) instead of x^(2^k): it computes
 * x^(2n). Right only where x^(2n) = x^n: n = 0, x = 0, x = 1, x = -1 with n even, and powers too small
 * to tell apart; example 1 already gets 2^20.
 */
class Solution {
    public double myPow(double x, int n) {
        long e = n;
        if (e < 0) {
            x = 1 / x;
            e = -e;
        }
        double result = 1;
        while (e > 0) {
            x *= x;
            if ((e & 1) == 1) {
                result *= x;
            }
            e >>= 1;
        }
        return result;
    }
}
