/*
 * Wrong Answer: the schedule in float: relative errors of about 1e-7, far above the tolerance of 1e-9.
 * Caught by "edm-18-steps" and the random group.
 */
class Solution {
    public double[] karrasSigmas(int n, double sigmaMin, double sigmaMax, double rho) {
        double[] s = new double[n + 1];
        float r = (float) rho;
        float hi = (float) Math.pow((float) sigmaMax, 1f / r), lo = (float) Math.pow((float) sigmaMin, 1f / r);
        for (int i = 0; i < n; i++) {
            float t = n == 1 ? 0f : (float) i / (n - 1);
            s[i] = (float) Math.pow(hi + t * (lo - hi), r);
        }
        return s;
    }
}
