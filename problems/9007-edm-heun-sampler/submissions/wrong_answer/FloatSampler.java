/*
 * Wrong Answer: the sampler in float. x_0 reaches +-500 and cancels against mu over up to 1000 steps, so
 * the result is off by up to about 2e-2 (measured), far above the tolerance. Caught by the random group.
 */
class Solution {
    public double[] edmSample(double[] noise, int steps, double sigmaMax, double mu, double s) {
        float[] sigma = new float[steps + 1];
        float hi = (float) Math.pow(sigmaMax, 1 / 7.0), lo = (float) Math.pow(0.002, 1 / 7.0);
        for (int i = 0; i < steps; i++) {
            float t = steps == 1 ? 0 : (float) i / (steps - 1);
            sigma[i] = (float) Math.pow(hi + t * (lo - hi), 7);
        }
        float m = (float) mu, ss = (float) (s * s);
        double[] out = new double[noise.length];
        for (int k = 0; k < noise.length; k++) {
            float x = sigma[0] * (float) noise[k];
            for (int i = 0; i < steps; i++) {
                float d = (x - (m + ss / (ss + sigma[i] * sigma[i]) * (x - m))) / sigma[i];
                float next = x + (sigma[i + 1] - sigma[i]) * d;
                if (sigma[i + 1] != 0) {
                    float d2 = (next - (m + ss / (ss + sigma[i + 1] * sigma[i + 1]) * (next - m))) / sigma[i + 1];
                    next = x + (sigma[i + 1] - sigma[i]) * (d + d2) / 2;
                }
                x = next;
            }
            out[k] = x;
        }
        return out;
    }
}
