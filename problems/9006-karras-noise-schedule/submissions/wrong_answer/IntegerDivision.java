/*
 * Wrong Answer: i / (n - 1) in int arithmetic is 0 until the last step, so every level but the last two is
 * sigmaMax. Caught by "three-steps-edm": 3, 0.002, 80, 7 (expected [80.0,2.515...,0.002...,0.0], gets
 * [80.0,80.0,0.002...,0.0]).
 */
class Solution {
    public double[] karrasSigmas(int n, double sigmaMin, double sigmaMax, double rho) {
        double[] s = new double[n + 1];
        double hi = Math.pow(sigmaMax, 1 / rho), lo = Math.pow(sigmaMin, 1 / rho);
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 0 : i / (n - 1);
            s[i] = Math.pow(hi + t * (lo - hi), rho);
        }
        return s;
    }
}
