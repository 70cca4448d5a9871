/*
 * Wrong Answer: Euler steps only, without Heun's correction. Caught by "four-steps":
 * [0.5,-1.25], 4, 80, 1, 2 (expected [3.6088...,-5.7561...], gets [1.3925...,-0.0165...]).
 */
class Solution {
    public double[] edmSample(double[] noise, int steps, double sigmaMax, double mu, double s) {
        double[] sigma = new double[steps + 1];
        double hi = Math.pow(sigmaMax, 1 / 7.0), lo = Math.pow(0.002, 1 / 7.0);
        for (int i = 0; i < steps; i++) {
            double t = steps == 1 ? 0 : (double) i / (steps - 1);
            sigma[i] = Math.pow(hi + t * (lo - hi), 7);
        }
        double[] out = new double[noise.length];
        for (int k = 0; k < noise.length; k++) {
            double x = sigma[0] * noise[k];
            for (int i = 0; i < steps; i++) {
                double d = (x - denoise(x, sigma[i], mu, s)) / sigma[i];
                double next = x + (sigma[i + 1] - sigma[i]) * d;
                if (false) {
                    double d2 = (next - denoise(next, sigma[i + 1], mu, s)) / sigma[i + 1];
                    next = x + (sigma[i + 1] - sigma[i]) * (d + d2) / 2;
                }
                x = next;
            }
            out[k] = x;
        }
        return out;
    }

    /** The ideal denoiser of N(mu, s^2) data noised to level sigma. */
    private static double denoise(double x, double sigma, double mu, double s) {
        return mu + s * s / (s * s + sigma * sigma) * (x - mu);
    }
}
