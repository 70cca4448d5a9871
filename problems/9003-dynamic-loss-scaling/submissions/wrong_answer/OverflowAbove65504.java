/*
 * Wrong Answer: overflow when |g * S| > 65504, the largest half. But 65504 < |g * S| < 65520 rounds
 * down to 65504 and is finite. Caught by "between-65504-and-65520": [[65510]], 0, 1 (expected [2.0], gets
 * [1.0]).
 */
class Solution {
    public double[] lossScaleHistory(double[][] grads, int initScaleLog2, int growthInterval) {
        double[] history = new double[grads.length];
        double scale = Math.scalb(1.0, initScaleLog2);
        int good = 0;
        for (int k = 0; k < grads.length; k++) {
            boolean overflow = false;
            for (double g : grads[k]) {
                overflow |= Math.abs(g * scale) > 65504.0;
            }
            if (overflow) {
                scale = Math.max(1.0, scale / 2);
                good = 0;
            } else if (++good >= growthInterval) {
                scale = Math.min(0x1p24, scale * 2);
                good = 0;
            }
            history[k] = scale;
        }
        return history;
    }
}
