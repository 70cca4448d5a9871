// Wrong answer: binary exponentiation on |n| (taken in long long, so -2^31 is safe), but it forgets to invert
// x for a negative n: 2^-2 comes out as 4 instead of 0.25 (example 3).
class Solution {
public:
    double myPow(double x, int n) {
        long long e = llabs((long long)n);
        double result = 1;
        while (e > 0) {
            if (e & 1) result *= x;
            x *= x;
            e >>= 1;
        }
        return result;
    }
};
