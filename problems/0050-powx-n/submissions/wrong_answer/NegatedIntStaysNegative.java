/*
 * Wrong answer: fast exponentiation that negates n in an int. For n = -2^31 the negation overflows and n
 * stays -2^31, so "while (n > 0)" never runs and the answer is 1.0: 2.0 to the power -2^31 should be
 * (almost) 0 ("x-two-n-min-int"). Right for every other n.
 */
class Solution {
    public double myPow(double x, int n) {
        if (n < 0) {
            x = 1 / x;
            n = -n;
        }
        double result = 1;
        while (n > 0) {
            if (n % 2 == 1) {
                result *= x;
            }
            x *= x;
            n /= 2;
        }
        return result;
    }
}
