// Time limit exceeded: multiplies x into the result |n| times (|n| in long long, so -2^31 is safe). Correct,
// but O(|n|): for |n| near 2^31 that is 2 * 10^9 dependent multiplications, which g++ cannot reorder or
// vectorize (floating-point products are not associative without -ffast-math).
class Solution {
public:
    double myPow(double x, int n) {
        long long times = llabs((long long)n);
        double result = 1;
        for (long long i = 0; i < times; i++) result *= x;
        return n < 0 ? 1 / result : result;
    }
};
