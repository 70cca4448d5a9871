/*
 * EDM's schedule: interpolate linearly between sigmaMax^(1/rho) and sigmaMin^(1/rho), then raise to rho,
 * so the levels are dense near sigmaMin. The fraction i / (n - 1) is a double division, taken as 0 when
 * n = 1; the last level is 0. O(n).
 */
class Solution {
    public double[] karrasSigmas(int n, double sigmaMin, double sigmaMax, double rho) {
        double[] sigmas = new double[n + 1];
        double hi = Math.pow(sigmaMax, 1 / rho);
        double lo = Math.pow(sigmaMin, 1 / rho);
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 0 : (double) i / (n - 1);
            sigmas[i] = Math.pow(hi + t * (lo - hi), rho);
        }
        sigmas[n] = 0;
        return sigmas;
    }
}
