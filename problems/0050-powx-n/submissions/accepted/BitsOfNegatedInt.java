/*
 * Accepted, in another style: keeps n in an int and reads its bits with an unsigned shift. For n < 0 it
 * negates n and inverts x; -(-2^31) is still -2^31 as an int, but its bit pattern, read as unsigned, is
 * 2^31, which is exactly |n|. So the loop uses >>> and stops when no bit is left, never n > 0.
 */
class Solution {
    public double myPow(double x, int n) {
        if (n < 0) {
            x = 1 / x;
            n = -n;
        }
        double result = 1;
        while (n != 0) {
            if ((n & 1) != 0) {
                result *= x;
            }
            x *= x;
            n >>>= 1;
        }
        return result;
    }
}
