/*
 * Accepted: the denoiser is affine in x, so every step multiplies y = x - mu by a factor that does not
 * depend on x: with a(sigma) = sigma / (s^2 + sigma^2) and h = sigma_(i+1) - sigma_i, Euler gives
 * 1 + h a_i and Heun 1 + h/2 (a_i + a_(i+1) (1 + h a_i)). The product is computed once for all noise
 * values. Needs about 1.5e-10 against the reference.
 */
class Solution {
    public double[] edmSample(double[] noise, int steps, double sigmaMax, double mu, double s) {
        double rootMax = Math.pow(sigmaMax, 1 / 7.0), rootMin = Math.pow(0.002, 1 / 7.0);
        double[] sig = new double[steps + 1];
        for (int i = 0; i < steps; i++) {
            sig[i] = Math.pow(steps == 1 ? rootMax : rootMax + (rootMin - rootMax) * i / (steps - 1), 7);
        }
        double factor = 1;
        for (int i = 0; i < steps; i++) {
            double h = sig[i + 1] - sig[i];
            double a = sig[i] / (s * s + sig[i] * sig[i]);
            if (sig[i + 1] == 0) {
                factor *= 1 + h * a;
            } else {
                double b = sig[i + 1] / (s * s + sig[i + 1] * sig[i + 1]);
                factor *= 1 + h / 2 * (a + b * (1 + h * a));
            }
        }
        double[] out = new double[noise.length];
        for (int k = 0; k < noise.length; k++) {
            out[k] = mu + factor * (sig[0] * noise[k] - mu);
        }
        return out;
    }
}
