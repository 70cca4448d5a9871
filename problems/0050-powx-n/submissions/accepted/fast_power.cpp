// Accepted: binary exponentiation with the exponent widened to long long before it is negated, so
// n = -2^31 becomes 2^31 instead of overflowing. O(log |n|).
class Solution {
public:
    double myPow(double x, int n) {
        long long e = n;
        if (e < 0) {
            x = 1 / x;
            e = -e;
        }
        double result = 1;
        while (e > 0) {
            if (e & 1) result *= x;
            x *= x;
            e >>= 1;
        }
        return result;
    }
};
