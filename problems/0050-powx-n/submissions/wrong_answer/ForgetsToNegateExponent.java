/*
 * Wrong answer: for a negative n it inverts x but forgets to make the exponent positive. The loop still
 * ends (e / 2 goes to 0 from below), but for a negative e, e % 2 is 0 or -1, never 1, so nothing is ever
 * multiplied into the result: every negative power comes out as 1.0 (example 3: 1.0 instead of 0.25).
 */
class Solution {
    public double myPow(double x, int n) {
        long e = n;
        if (e < 0) {
            x = 1 / x;
        }
        double result = 1;
        while (e != 0) {
            if (e % 2 == 1) {
                result *= x;
            }
            x *= x;
            e /= 2;
        }
        return result;
    }
}
