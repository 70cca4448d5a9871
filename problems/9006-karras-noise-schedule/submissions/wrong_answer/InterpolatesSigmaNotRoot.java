/*
 * Wrong Answer: interpolates the rho-th roots but forgets to raise the result back to rho. Caught by
 * "two-steps-rho-2": 2, 1, 81, 2 (expected [81.0,1.0,0.0], gets [9.0,1.0,0.0]).
 */
class Solution {
    public double[] karrasSigmas(int n, double sigmaMin, double sigmaMax, double rho) {
        double[] s = new double[n + 1];
        double hi = Math.pow(sigmaMax, 1 / rho), lo = Math.pow(sigmaMin, 1 / rho);
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 0 : (double) i / (n - 1);
            s[i] = hi + t * (lo - hi);
        }
        return s;
    }
}
