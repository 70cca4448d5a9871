/*
 * Wrong Answer: returns the exact solution of the probability-flow ODE, mu + (x0 - mu) * s / sqrt(s^2 +
 * sigma_0^2), which is where the sampler tends with many steps, not what it computes. Caught by
 * "eighteen-steps-edm": [0.5], 18, 80, 1, 2 (expected 2.0101306..., gets 1.9746955...).
 */
class Solution {
    public double[] edmSample(double[] noise, int steps, double sigmaMax, double mu, double s) {
        double[] out = new double[noise.length];
        for (int k = 0; k < noise.length; k++) {
            out[k] = mu + (sigmaMax * noise[k] - mu) * s / Math.sqrt(s * s + sigmaMax * sigmaMax);
        }
        return out;
    }
}
