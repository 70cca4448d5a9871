/*
 * Time limit exceeded: multiplies x into the result |n| times. Correct (|n| is taken in long), but O(|n|):
 * for |n| near 2^31 that is 2 * 10^9 dependent multiplications, about 10 s with x = 1; with x = 0.99999
 * the product sinks into subnormal numbers, where each multiplication is slower still.
 */
class Solution {
    public double myPow(double x, int n) {
        long times = Math.abs((long) n);
        double result = 1;
        for (long i = 0; i < times; i++) {
            result *= x;
        }
        return n < 0 ? 1 / result : result;
    }
}
