/*
 * Wrong Answer: for n = 1 the fraction is 0 / 0 = NaN. Caught by "one-step": 1, 0.002, 80, 7 (expected
 * [80.0,0.0], gets [NaN,0.0]).
 */
class Solution {
    public double[] karrasSigmas(int n, double sigmaMin, double sigmaMax, double rho) {
        double[] s = new double[n + 1];
        double hi = Math.pow(sigmaMax, 1 / rho), lo = Math.pow(sigmaMin, 1 / rho);
        for (int i = 0; i < n; i++) {
            s[i] = Math.pow(hi + (double) i / (n - 1) * (lo - hi), rho);
        }
        return s;
    }
}
